package cn.heatdesk.workorders.domain;

import java.util.List;
import java.util.Objects;

/**
 * The butler's standard phrases (话术, R-BUTLER-4; 服务管家制度 — 拨打、接听电话服务规范 and 入户服务规范 (3)),
 * with the butler's number filled in.
 *
 * <p>The words are the seed's. Punctuation is full-width, as everywhere in HeatDesk's Chinese text (the
 * published page has half-width commas and question marks); the seed's slashes (“电话线路原因/周围声音较大”,
 * “XX先生/女士”) are kept for the butler to choose. The out-of-remit phrase repeats a fragment in the seed
 * (“…开发商映的问题不在我公司的管理权限之内，您可咨询物业公司、开发商…”), a copying slip on the web page; it is said once.
 */
public final class Scripts {

    /** The seed's placeholder for the customer's name, kept when the name is not known. */
    public static final String UNKNOWN_ADDRESSEE = "XX先生/女士";

    private final ButlerNumber number;

    private Scripts(ButlerNumber number) {
        this.number = Objects.requireNonNull(number, "number");
    }

    public static Scripts forButler(ButlerNumber number) {
        return new Scripts(number);
    }

    public static Scripts forButler(int number) {
        return new Scripts(ButlerNumber.of(number));
    }

    public ButlerNumber number() {
        return number;
    }

    /** Answering a call. */
    public String answering() {
        return "您好，环保供热片区管家" + number + "号为您服务，请问有什么可以帮您？";
    }

    /** Calling a customer by name, e.g. 王先生; without a name the seed's placeholder XX先生/女士 stays. */
    public String calling(String addressee) {
        String name = addressee == null || addressee.isBlank() ? UNKNOWN_ADDRESSEE : addressee.strip();
        return "您好，我是环保供热片区管家" + number + "号，请问您是" + name + "么？";
    }

    /** Ending a call the customer cannot take now. */
    public String notConvenient() {
        return "打扰您了，再见";
    }

    public String lineNoise() {
        return "抱歉，因电话线路原因/周围声音较大，没有听清楚，麻烦您再重复一遍，好吗？";
    }

    public String noting() {
        return "请稍等，我记录一下";
    }

    /** R-BUTLER-5: a call about another butler's area is accepted and passed on. */
    public String otherArea() {
        return "对不起，您的区域是其他供热片区管家负责，您的来电已受理，他会及时与您取得联系，好吗？";
    }

    public String outsideRemit() {
        return "对不起，您反映的问题不在我公司的管理权限之内，您可咨询物业公司、开发商或其它相关权限部门";
    }

    /** Asking for a time to visit (预约入户检查或调查). */
    public String appointment() {
        return "为了保证您家里暖气能够正常使用，需要入户对您家里的供热系统实地了解，请问您最近什么时间方便？";
    }

    /** Thanking for a leak on the network and reassuring the customer. */
    public String leakThanks() {
        return "请放心，我们会立即安排查处";
    }

    public String anythingElse() {
        return "请问，您还有其他问题需要我们帮助吗？";
    }

    /** Answering at the customer's door (入户服务规范 (3)). */
    public String atTheDoor() {
        return "您好，环保供热供热管家" + number + "号";
    }

    /** All phrases for the console, in the seed's order; the calling phrase with the seed's placeholder. */
    public List<Script> all() {
        return List.of(
                new Script(ScriptKind.ANSWERING, answering()),
                new Script(ScriptKind.CALLING, calling(null)),
                new Script(ScriptKind.NOT_CONVENIENT, notConvenient()),
                new Script(ScriptKind.LINE_NOISE, lineNoise()),
                new Script(ScriptKind.NOTING, noting()),
                new Script(ScriptKind.OTHER_AREA, otherArea()),
                new Script(ScriptKind.OUTSIDE_REMIT, outsideRemit()),
                new Script(ScriptKind.APPOINTMENT, appointment()),
                new Script(ScriptKind.LEAK_THANKS, leakThanks()),
                new Script(ScriptKind.ANYTHING_ELSE, anythingElse()),
                new Script(ScriptKind.AT_THE_DOOR, atTheDoor()));
    }
}
