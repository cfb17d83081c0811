package cn.heatdesk.policy.domain;

/**
 * 用热率开户管理 (淄政办字〔2017〕123号), R-RATE-2..4.
 *
 * <ul>
 * <li>R-RATE-2: community rate ≥ 25 % → the company must supply.</li>
 * <li>R-RATE-3: for buildings meeting the Article 22 conditions: unit rate ≥ 70 % → 18 °C;
 * 30 % ≤ rate < 70 % → the signed agreement, or 18 °C without one; rate < 30 % → the company
 * decides, and if it supplies the agreement applies. Exactly 70 % takes the ≥ 70 % branch (the
 * Decision in requirements.md: the one more favourable to the resident).</li>
 * <li>R-RATE-4: without the Article 22 conditions, no owed standard is derived.</li>
 * </ul>
 */
public final class HeatingRatePolicy {

    public static final int COMMUNITY_SUPPLY_PERCENT = 25;
    public static final int UNIT_STANDARD_PERCENT = 70;
    public static final int UNIT_AGREEMENT_PERCENT = 30;

    public CommunitySupply communitySupply(HeatingRate communityRate) {
        return communityRate.atLeastPercent(COMMUNITY_SUPPLY_PERCENT)
                ? CommunitySupply.SUPPLY_OBLIGATORY : CommunitySupply.COMPANY_DECIDES;
    }

    public UnitStandard unitStandard(HeatingRate unitRate, boolean article22ConditionsMet, boolean agreementSigned) {
        if (!article22ConditionsMet) {
            return UnitStandard.NOT_DETERMINED;
        }
        if (unitRate.atLeastPercent(UNIT_STANDARD_PERCENT)) {
            return UnitStandard.STANDARD_18C;
        }
        if (unitRate.atLeastPercent(UNIT_AGREEMENT_PERCENT)) {
            return agreementSigned ? UnitStandard.AS_AGREED : UnitStandard.STANDARD_18C;
        }
        return agreementSigned ? UnitStandard.AS_AGREED : UnitStandard.COMPANY_DECIDES;
    }

    public HeatingRateDecision decide(HeatingRate communityRate, HeatingRate unitRate, boolean article22ConditionsMet,
                                      boolean agreementSigned) {
        CommunitySupply supply = communitySupply(communityRate);
        UnitStandard standard = unitStandard(unitRate, article22ConditionsMet, agreementSigned);
        String reason = communityReason(communityRate, supply) + "；" + unitReason(unitRate, standard);
        return new HeatingRateDecision(communityRate, supply, unitRate, standard, reason);
    }

    private static String communityReason(HeatingRate rate, CommunitySupply supply) {
        return "小区总用热率 " + rate.percentText() + "（" + rate + "）"
                + (supply == CommunitySupply.SUPPLY_OBLIGATORY ? "，达 25% 以上，供热企业应当供热" : "，不足 25%，由供热企业决定是否供热");
    }

    private static String unitReason(HeatingRate rate, UnitStandard standard) {
        String head = "单元用热率 " + rate.percentText() + "（" + rate + "）";
        return switch (standard) {
            case NOT_DETERMINED -> head + "，但该楼不符合《山东省供热条例》第二十二条的三个条件，不能据用热率确定应保证的室温";
            case STANDARD_18C -> rate.atLeastPercent(UNIT_STANDARD_PERCENT)
                    ? head + "，达 70% 以上，卧室、起居室不低于 18℃"
                    : head + "，在 30%–70% 之间且未签订供用热协议，卧室、起居室不低于 18℃";
            case AS_AGREED -> rate.atLeastPercent(UNIT_AGREEMENT_PERCENT)
                    ? head + "，在 30%–70% 之间且已签订供用热协议，按协议执行"
                    : head + "，达不到 30%，已签订供用热协议供热，供热温度执行协议约定";
            case COMPANY_DECIDES -> head + "，达不到 30%，由供热企业决定是否供热；如供热，双方须签订供用热协议";
        };
    }
}
