package cn.heatdesk.policy.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static cn.heatdesk.policy.domain.SeededPolicies.BOUNDARY_2019;
import static cn.heatdesk.policy.domain.SeededPolicies.DEADLINES_2021;
import static cn.heatdesk.policy.domain.SeededPolicies.FEE_2008;
import static cn.heatdesk.policy.domain.SeededPolicies.FEE_2019;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Versioned policies: R-BOUND-4, R-FEE-4")
class PolicyVersionsTest {

    /** A version that carries nothing but its reference, for families whose rules do not matter here. */
    private record Version(PolicyReference reference) implements Versioned {
    }

    private static PolicyReference reference(long id, String from, String to) {
        return new PolicyReference(id, PolicyFamily.CONNECTION_FEE, "测试文件" + id + "号", null,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static PolicyVersions<Version> versions(PolicyReference... references) {
        return new PolicyVersions<>(PolicyFamily.CONNECTION_FEE, List.of(references).stream().map(Version::new).toList());
    }

    private static NoPolicyInForceException noPolicy(PolicyVersions<?> versions, LocalDate date) {
        return catchThrowableOfType(NoPolicyInForceException.class, () -> versions.effectiveOn(date));
    }

    private final PolicyVersions<Version> seededFees = versions(FEE_2008, FEE_2019);

    @Nested
    @DisplayName("R-FEE-4 a version is chosen by its effective dates, never by row order")
    class EffectiveOn {

        @Test
        void picksTheVersionByDateWhateverTheOrderTheyWereAddedIn() {
            PolicyVersions<Version> newestFirst = versions(FEE_2019, FEE_2008);

            assertThat(newestFirst.effectiveOn(LocalDate.of(2019, 6, 1)).reference()).isEqualTo(FEE_2008);
            assertThat(newestFirst.effectiveOn(LocalDate.of(2021, 6, 1)).reference()).isEqualTo(FEE_2019);
            assertThat(seededFees.effectiveOn(LocalDate.of(2019, 6, 1)).reference()).isEqualTo(FEE_2008);
            assertThat(seededFees.effectiveOn(LocalDate.of(2021, 6, 1)).reference()).isEqualTo(FEE_2019);
        }

        @Test
        void keepsTheVersionsInOrderOfTheirStartDates() {
            assertThat(versions(FEE_2019, FEE_2008).versions()).extracting(Version::reference)
                    .containsExactly(FEE_2008, FEE_2019);
        }

        @Test
        void appliesTheOldVersionOnItsLastDayAndTheNewOneOnItsFirst() {
            assertThat(seededFees.effectiveOn(LocalDate.of(2020, 1, 31)).reference()).isEqualTo(FEE_2008);
            assertThat(seededFees.effectiveOn(LocalDate.of(2020, 2, 1)).reference()).isEqualTo(FEE_2019);
        }

        @Test
        void includesTheFirstAndLastDayOfTheSeededRange() {
            assertThat(seededFees.effectiveOn(LocalDate.of(2008, 1, 1)).reference()).isEqualTo(FEE_2008);
            assertThat(seededFees.effectiveOn(LocalDate.of(2025, 1, 31)).reference()).isEqualTo(FEE_2019);
        }

        @Test
        void keepsAnOpenEndedVersionInForceIndefinitely() {
            PolicyVersions<Version> deadlines = new PolicyVersions<>(PolicyFamily.SERVICE_DEADLINES,
                    List.of(new Version(DEADLINES_2021)));

            assertThat(deadlines.effectiveOn(LocalDate.of(2021, 12, 6)).reference()).isEqualTo(DEADLINES_2021);
            assertThat(deadlines.effectiveOn(LocalDate.of(2099, 12, 31)).reference()).isEqualTo(DEADLINES_2021);
            assertThat(noPolicy(deadlines, LocalDate.of(2021, 12, 5)).nearest()).isEqualTo(DEADLINES_2021);
        }

        @Test
        void coversASingleDayVersionOnThatDayOnly() {
            PolicyReference oneDay = reference(9, "2024-05-01", "2024-05-01");

            assertThat(oneDay.covers(LocalDate.of(2024, 4, 30))).isFalse();
            assertThat(oneDay.covers(LocalDate.of(2024, 5, 1))).isTrue();
            assertThat(oneDay.covers(LocalDate.of(2024, 5, 2))).isFalse();
        }
    }

    @Nested
    @DisplayName("R-BOUND-4 a date outside every version gets an explicit answer naming the nearest")
    class NoPolicyInForce {

        @Test
        void refusesTheDayAfterTheNewestVersionExpiresNamingThatVersion() {
            NoPolicyInForceException refusal = noPolicy(seededFees, LocalDate.of(2025, 2, 1));

            assertThat(refusal.family()).isEqualTo(PolicyFamily.CONNECTION_FEE);
            assertThat(refusal.date()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(refusal.nearest()).isEqualTo(FEE_2019);
            assertThat(refusal).hasMessage("2025-02-01 没有有效的供暖配套费政策；最接近的版本是 淄政办发〔2019〕14号 "
                    + "第十八条；《淄博市城市基础设施配套费构成表》（2020-02-01 至 2025-01-31）。请管理员添加覆盖该日期的政策版本。");
        }

        @Test
        void namesTheNewestVersionForADateFarInTheFuture() {
            assertThat(noPolicy(seededFees, LocalDate.of(2040, 1, 1)).nearest()).isEqualTo(FEE_2019);
        }

        @Test
        void refusesADateBeforeTheOldestVersionNamingTheOldest() {
            NoPolicyInForceException refusal = noPolicy(seededFees, LocalDate.of(2007, 12, 31));

            assertThat(refusal.nearest()).isEqualTo(FEE_2008);
            assertThat(refusal).hasMessageStartingWith("2007-12-31 没有有效的供暖配套费政策；最接近的版本是 淄政办发〔2008〕114号");
        }

        @Test
        void namesTheCloserVersionForADateInAGap() {
            PolicyVersions<Version> withGap = versions(reference(1, "2010-01-01", "2010-12-31"),
                    reference(2, "2011-01-10", null));

            assertThat(noPolicy(withGap, LocalDate.of(2011, 1, 2)).nearest().versionId()).isEqualTo(1);
            assertThat(noPolicy(withGap, LocalDate.of(2011, 1, 8)).nearest().versionId()).isEqualTo(2);
        }

        @Test
        void namesTheNewerVersionForADateEquallyFarFromTwo() {
            PolicyVersions<Version> withGap = versions(reference(1, "2010-01-01", "2010-12-31"),
                    reference(2, "2011-01-04", null));

            assertThat(noPolicy(withGap, LocalDate.of(2011, 1, 2)).nearest().versionId()).isEqualTo(2);
        }

        @Test
        void saysNoVersionExistsWhenTheFamilyIsEmpty() {
            PolicyVersions<Version> none = new PolicyVersions<>(PolicyFamily.PROPERTY_BOUNDARY, List.of());

            NoPolicyInForceException refusal = noPolicy(none, LocalDate.of(2026, 1, 1));

            assertThat(refusal.nearest()).isNull();
            assertThat(refusal.family()).isEqualTo(PolicyFamily.PROPERTY_BOUNDARY);
            assertThat(refusal).hasMessage("2026-01-01 没有有效的产权分界政策，系统中尚无任何版本，请管理员添加。");
        }

        @Test
        void measuresTheDistanceFromADateToAVersionInDays() {
            assertThat(FEE_2019.distanceInDays(LocalDate.of(2022, 1, 1))).isZero();
            assertThat(FEE_2019.distanceInDays(LocalDate.of(2025, 2, 1))).isEqualTo(1);
            assertThat(FEE_2019.distanceInDays(LocalDate.of(2020, 1, 31))).isEqualTo(1);
            assertThat(FEE_2019.distanceInDays(LocalDate.of(2020, 1, 1))).isEqualTo(31);
        }
    }

    @Nested
    @DisplayName("R-FEE-4 versions carry a document and dates, and must not overlap")
    class VersionData {

        @Test
        void treatsTouchingRangesAsNotOverlapping() {
            assertThat(FEE_2008.overlaps(FEE_2019)).isFalse();
            assertThat(FEE_2019.overlaps(FEE_2008)).isFalse();
            assertThat(versions(FEE_2008).overlapping(FEE_2019)).isEmpty();
        }

        @Test
        void findsAOneDayOverlap() {
            PolicyReference startsOnTheLastDay = reference(10, "2020-01-31", "2025-01-31");

            assertThat(startsOnTheLastDay.overlaps(FEE_2008)).isTrue();
            assertThat(FEE_2008.overlaps(startsOnTheLastDay)).isTrue();
            assertThat(versions(FEE_2008).overlapping(startsOnTheLastDay)).contains(FEE_2008);
        }

        @Test
        void findsThatAnOpenEndedVersionOverlapsEverythingAfterItsStart() {
            PolicyReference openEnded = reference(10, "2021-01-01", null);
            PolicyReference muchLater = reference(11, "2090-01-01", "2090-12-31");
            PolicyReference endsTheDayBefore = reference(12, "2019-01-01", "2020-12-31");

            assertThat(openEnded.overlaps(muchLater)).isTrue();
            assertThat(muchLater.overlaps(openEnded)).isTrue();
            assertThat(openEnded.overlaps(reference(13, "2030-01-01", null))).isTrue();
            assertThat(openEnded.overlaps(endsTheDayBefore)).isFalse();
            assertThat(versions(openEnded).overlapping(muchLater)).contains(openEnded);
        }

        @Test
        void findsNoOverlapForAVersionStartingAfterTheNewestExpires() {
            assertThat(seededFees.overlapping(reference(10, "2025-02-01", null))).isEmpty();
            assertThat(seededFees.overlapping(reference(11, "2025-01-31", null))).contains(FEE_2019);
        }

        @Test
        void describesAVersionByDocumentArticleAndDates() {
            assertThat(BOUNDARY_2019.describe()).isEqualTo("淄政办发〔2019〕14号 第十条（2020-02-01 至 2025-01-31）");
            assertThat(reference(10, "2021-01-01", null).describe()).isEqualTo("测试文件10号（2021-01-01 至 今）");
        }

        @Test
        void refusesAVersionWithoutADocument() {
            assertThatIllegalArgumentException().isThrownBy(() -> new PolicyReference(1, PolicyFamily.CONNECTION_FEE,
                    " ", null, LocalDate.of(2020, 2, 1), null)).withMessage("必须注明文件依据");
        }

        @Test
        void refusesAVersionThatEndsBeforeItStarts() {
            assertThatIllegalArgumentException().isThrownBy(() -> reference(1, "2020-02-01", "2020-01-31"))
                    .withMessage("失效日期不能早于生效日期");
        }
    }
}
