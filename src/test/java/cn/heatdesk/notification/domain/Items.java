package cn.heatdesk.notification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Business items for the domain tests: the seed's suspension item and a later version of it. */
final class Items {

    static final String ID_CARD = "户主身份证原件及复印件";
    static final String DEED = "不动产权证书（房产证）复印件";
    static final String PAID_UP = "往年热费缴费凭证（结清证明）";
    static final String PROXY = "委托他人办理的，委托书及受托人身份证";
    static final String SIGNED_FORM = "报停申请表（户主签字）";

    private Items() {
    }

    static BusinessItem suspension(int version, List<String> materials, String changeNote) {
        return new BusinessItem(version, BusinessItem.SUSPENSION, version, LocalDate.of(2021, 12, 6).plusYears(version - 1),
                "报停", "《山东省供热条例》", "供暖开始前30日停止受理", "申请、核验、签协议、关阀", materials, "示例",
                List.of("欠缴热费未结清的"), List.of(), Set.of(ItemField.FEES), changeNote);
    }

    static BusinessItem suspensionV1() {
        return suspension(1, List.of(ID_CARD, DEED, PAID_UP, PROXY), null);
    }

    /** Version 2 requires a signed form and no longer the deed. */
    static BusinessItem suspensionV2() {
        return suspension(2, List.of(ID_CARD, PAID_UP, PROXY, SIGNED_FORM), "增加报停申请表，取消房产证复印件");
    }
}
