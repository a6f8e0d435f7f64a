package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaLinesTest {

    @Test
    void readsTheNameInOnePartOfADatedLine() {
        assertThat(MetaLines.readDatedParts("11.12.2019 - Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readDatedParts("04.02.2022 | 13:10 Uhr | Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readDatedParts("Kommentar | 19. Oktober 2019 | Noor T. Haddad"))
                .containsExactly(Byline.of("Noor T. Haddad"));
        assertThat(MetaLines.readDatedParts("May 4, 2022 · Noor Haddad · 3 Comments"))
                .containsExactly(Byline.of("Noor Haddad"));
        assertThat(MetaLines.readDatedParts("Noor Haddad / 22.04.2020 / 06:15 / Foto: Jan Roe"))
                .containsExactly(Byline.of("Noor Haddad"));
    }

    @Test
    void readsNoNameFromADatedLineWithTwoNamesOrNoDateOrASentence() {
        assertThat(MetaLines.readDatedParts("11.12.2019 - Anna Berg - Noor Haddad")).isEmpty();
        assertThat(MetaLines.readDatedParts("Kommentar | Anna Berg")).isEmpty();
        assertThat(MetaLines.readDatedParts("11.12.2019 - Anna Berg | Die Stadt plant einen neuen Hafen")).isEmpty();
        assertThat(MetaLines.readDatedParts("11.12.2019 | View Comments")).isEmpty();
    }

    @Test
    void readsNoSectionLabelBesideADateForAName() {
        assertThat(MetaLines.readDatedParts("Im Wortlaut | 02. November 2021")).isEmpty();
        assertThat(MetaLines.readNameBesideDate("Aus der Region 6. November 2023")).isEmpty();
        assertThat(MetaLines.readNameBesideDate("Tweet This, May 4, 2022")).isEmpty();
    }

    @Test
    void readsTheNameBeforeABlogsInvitationToComment() {
        assertThat(MetaLines.readNameBesideDate("26. September 2019 Anna Berg Schreibe einen Kommentar"))
                .extracting(Byline::name).containsExactly("Anna Berg");
        assertThat(MetaLines.readNameBesideDate("May 4, 2022 Jane Doe Leave a comment"))
                .extracting(Byline::name).containsExactly("Jane Doe");
    }

    @Test
    void readsNoFurnitureBesideADateForAName() {
        assertThat(MetaLines.readDatedParts("04. November 2021 | PAID CONTENT")).isEmpty();
        assertThat(MetaLines.readDatedParts("04. November 2021 | ANNA BERG")).extracting(Byline::name)
                .containsExactly("Anna Berg");
    }

    @Test
    void readsTheNameBesideADateInALineWhosePartsRanTogether() {
        assertThat(MetaLines.readNameBesideDate("Anna Berg 19.10.2019, 05:00 Uhr")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readNameBesideDate("Anna Berg Stand: 05. Februar 2020")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readNameBesideDate("1. Februar 2022 , Anna Berg")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readNameBesideDate("Anna Berg , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit"))
                .containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readDatedParts("Anna Berg 19.10.2019, 05:00 Uhr")).isEmpty();
    }

    @Test
    void takesNoNameOfThreeWordsRightAfterADateWhereASectionMayHaveRunIntoIt() {
        assertThat(MetaLines.readNameBesideDate("30. Oktober 2023 Anna Berg Kultur")).isEmpty();
        assertThat(MetaLines.readNameBesideDate("30. Oktober 2023 Anna Berg")).containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void partsADateFromTheNameATextDumpRanItInto() {
        assertThat(MetaLines.readNameBesideDate("Anna BergNovember 6, 2023")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readNameBesideDate("Anna Berg22. Februar 2023")).containsExactly(Byline.of("Anna Berg"));
        assertThat(MetaLines.readNameBesideDate("Anna McDonald 12. März 2024")).containsExactly(Byline.of("Anna McDonald"));
    }
}
