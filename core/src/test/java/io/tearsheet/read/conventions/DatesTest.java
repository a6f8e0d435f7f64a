package io.tearsheet.read.conventions;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.read.conventions.Dates.DateLine;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    private static String machine(String value) {
        return Dates.machine(value).map(ArticleDate::value).orElse(null);
    }

    private static String dateLine(String line) {
        return Dates.dateLine(line).map(d -> d.date().value() + (d.updated() ? " updated" : "")).orElse(null);
    }

    @Test
    void keepsInstantsWithTheirOffset() {
        assertThat(machine("2024-03-11T07:30:00+00:00")).isEqualTo("2024-03-11T07:30:00Z");
        assertThat(machine("2024-02-28T23:12:40.512Z")).isEqualTo("2024-02-28T23:12:40Z");
        assertThat(machine("2024-05-02T16:05:00-0500")).isEqualTo("2024-05-02T16:05:00-05:00");
    }

    @Test
    void dropsATimeWithoutZoneRatherThanInventOne() {
        assertThat(machine("2024-04-17T14:20:00")).isEqualTo("2024-04-17");
    }

    @Test
    void readsOtherMachineShapes() {
        assertThat(machine("Fri, 01 Mar 2024 10:00:00 GMT")).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(machine("2024/03/01")).isEqualTo("2024-03-01");
        assertThat(machine("20240301")).isEqualTo("2024-03-01");
        assertThat(machine("not a date")).isNull();
        assertThat(machine("2024-02-30")).isNull();
    }

    @Test
    void readsWrittenDatesInText() {
        assertThat(Dates.written("Published March 3, 2024 at 4:15 p.m. EST")).map(ArticleDate::value).contains("2024-03-03");
        assertThat(Dates.written("Thursday, 14th March 2024")).map(ArticleDate::value).contains("2024-03-14");
        assertThat(Dates.written("Sept. 25, 2018")).map(ArticleDate::value).contains("2018-09-25");
        assertThat(Dates.written("in the summer")).isEqualTo(Optional.empty());
        assertThat(Dates.written("Publié le 18 mai 2024 à 7h45")).map(ArticleDate::value).contains("2024-05-18");
        assertThat(Dates.written("5 de mayo de 2024")).map(ArticleDate::value).contains("2024-05-05");
        assertThat(Dates.written("3. März 2024")).map(ArticleDate::value).contains("2024-03-03");
        assertThat(Dates.written("01. Dez. 2017, 12:01 Uhr")).map(ArticleDate::value).contains("2017-12-01");
        assertThat(Dates.written("12 févr. 2021")).map(ArticleDate::value).contains("2021-02-12");
    }

    @Test
    void marksEveryDateInALineAndLeavesWhatOnlyLooksLikeOne() {
        assertThat(Dates.markDates("Anna Berg 19.10.2019, 05:00 Uhr", "#")).isEqualTo("Anna Berg #, 05:00 Uhr");
        assertThat(Dates.markDates("Published March 3, 2024 | Updated 2024-03-04", "#")).isEqualTo("Published # | Updated #");
        assertThat(Dates.markDates("12/04/2020 by Kay", "#")).isEqualTo("# by Kay");
        assertThat(Dates.markDates("Route 66, 2024 and 31.02.2024", "#")).isEqualTo("Route 66, 2024 and 31.02.2024");
    }

    @Test
    void readsTheLastChangeOfAGermanPageAsAnUpdate() {
        assertThat(dateLine("Zuletzt geändert am 06.11.2023")).isEqualTo("2023-11-06 updated");
    }

    @Test
    void readsLinesThatAreOnlyADate() {
        assertThat(dateLine("March 14, 2025")).isEqualTo("2025-03-14");
        assertThat(dateLine("14 March 2025")).isEqualTo("2025-03-14");
        assertThat(dateLine("Published: Mar. 14, 2025 5:30 p.m. EST")).isEqualTo("2025-03-14");
        assertThat(dateLine("Thurs., March 14, 2025")).isEqualTo("2025-03-14");
        assertThat(dateLine("Updated 2025-03-14")).isEqualTo("2025-03-14 updated");
        assertThat(dateLine("Last updated on: 14 March 2025")).isEqualTo("2025-03-14 updated");
        assertThat(dateLine("Published 6:42 AM EDT, Sat August 17, 2024")).isEqualTo("2024-08-17");
        assertThat(dateLine("8 October 2024")).isEqualTo("2024-10-08");
        assertThat(dateLine("Updated21:22, 6 OCT 2020")).isEqualTo("2020-10-06 updated");
        assertThat(dateLine("17 April 2012 • 2:54pm")).isEqualTo("2012-04-17");
        assertThat(dateLine("PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m."))
                .isEqualTo("2023-01-16");
        assertThat(Dates.isDateLine("The vote on March 3, 2024 was close.")).isFalse();
        assertThat(Dates.isDateLine("March 2025")).isFalse();
    }

    @Test
    void readsADateLineOpenedByTheDayOfTheWeekInAnyLanguageOfTheList() {
        assertThat(dateLine("Donnerstag, 31. Oktober 2019")).isEqualTo("2019-10-31");
        assertThat(dateLine("miércoles, 6 de noviembre de 2019")).isEqualTo("2019-11-06");
        assertThat(dateLine("Sábado 2 de noviembre de 2019")).isEqualTo("2019-11-02");
        assertThat(Dates.isDateLine("Am Montag kamen 31 Menschen, 2019 waren es mehr")).isFalse();
    }

    @Test
    void readsADayMonthAndYearInDigitsWithFullStopsDayFirst() {
        assertThat(dateLine("04.05.2022")).isEqualTo("2022-05-04");
        assertThat(dateLine("25.01.2022 14:47 Uhr")).isEqualTo("2022-01-25");
        assertThat(dateLine("Veröffentlicht am 3.10.2024")).isEqualTo("2024-10-03");
        assertThat(dateLine("Datum: 03.11.2021")).isEqualTo("2021-11-03");
        assertThat(dateLine("Stand: 27.01.2022")).isEqualTo("2022-01-27 updated");
        assertThat(Dates.written("Stand: 31.12.2023")).map(ArticleDate::value).contains("2023-12-31");
        assertThat(Dates.written("Version 1.04.05.2022")).isEqualTo(Optional.empty());
        assertThat(Dates.written("04/05/2022")).isEqualTo(Optional.empty());
        assertThat(Dates.written("31.02.2024")).isEqualTo(Optional.empty());
    }

    @Test
    void readsADateLineInIsoOrderWithSlashesAsBlogsPrintIt() {
        assertThat(dateLine("2021/09/19")).isEqualTo("2021-09-19");
        assertThat(dateLine("2021-09-19")).isEqualTo("2021-09-19");
        assertThat(dateLine("2021/09-19")).isNull(); // the parts parted alike, or no date
        assertThat(dateLine("2021/13/19")).isNull();
    }
}
