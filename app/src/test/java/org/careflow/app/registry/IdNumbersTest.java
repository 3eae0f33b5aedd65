package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.careflow.app.engine.RefusedInput;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

  /** The worked example of GB 11643 itself, and a second with an X check character. */
  private static final String STANDARD_EXAMPLE = "11010519491231002X";
  private static final LocalDate STANDARD_BIRTH = LocalDate.of(1949, 12, 31);

  @Test
  void theCheckCharacterFollowsTheWeightedSumModulo11() {
    assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
    // all zeros: sum 0, mod 11 = 0, check "1"
    assertThat(IdNumbers.checkCharacter("00000000000000000")).isEqualTo('1');
  }

  @Test
  void aCorrectNumberWithTheChildsBirthDatePassesNormalized() {
    assertThat(IdNumbers.checked(" 110105 19491231 002x ", STANDARD_BIRTH)).isEqualTo(STANDARD_EXAMPLE);
    assertThat(IdNumbers.checked("440524188001010014", LocalDate.of(1880, 1, 1))).isEqualTo("440524188001010014");
  }

  @Test
  void aWrongCheckCharacterIsRefused() {
    assertThatThrownBy(() -> IdNumbers.checked("110105194912310021", STANDARD_BIRTH))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("wrong check character")
        .hasMessageNotContaining("11010519491231");
  }

  @Test
  void aSwappedPairOfDigitsIsCaught() {
    assertThatThrownBy(() -> IdNumbers.checked("11010591491231002X", STANDARD_BIRTH))
        .isInstanceOf(RefusedInput.class);
  }

  @Test
  void aNumberOfTheWrongShapeIsRefused() {
    for (String bad : new String[] {"", "1101051949123100", "1101051949123100211", "11010519491231002Y", "A1010519491231002X"}) {
      assertThatThrownBy(() -> IdNumbers.checked(bad, STANDARD_BIRTH)).as(bad)
          .isInstanceOf(RefusedInput.class).hasMessageContaining("18 characters");
    }
  }

  @Test
  void aNumberWhoseBirthDateIsNotTheChildsIsRefused() {
    assertThatThrownBy(() -> IdNumbers.checked(STANDARD_EXAMPLE, LocalDate.of(1949, 12, 30)))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("1949-12-31").hasMessageContaining("1949-12-30");
  }

  @Test
  void aNumberWithAnImpossibleBirthDateIsRefused() {
    String first17 = "99010120150231001";
    String impossible = first17 + IdNumbers.checkCharacter(first17);
    assertThatThrownBy(() -> IdNumbers.checked(impossible, LocalDate.of(2015, 2, 28)))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("valid birth date");
  }

  @Test
  void theMaskedNumberCannotBeRebuiltFromTheRegionAndTheBirthDateThatTheRecordShows() {
    String masked = IdNumbers.masked(STANDARD_EXAMPLE);
    String regionAndBirth = STANDARD_EXAMPLE.substring(0, 14);

    long candidates = java.util.stream.IntStream.range(0, 1000)
        .mapToObj(sequence -> regionAndBirth + String.format("%03d", sequence))
        .map(first17 -> first17 + IdNumbers.checkCharacter(first17))
        .filter(candidate -> IdNumbers.masked(candidate).equals(masked))
        .count();

    assertThat(candidates).as("numbers with the same region and birth date that show the same mask").isEqualTo(1000);
    assertThat(masked).hasSize(18).doesNotContainPattern("[0-9X]");
    assertThat(IdNumbers.masked("12")).isEqualTo("**");
  }

  @Test
  void onlyEighteenCharacterNumbersLookLikeOne() {
    assertThat(IdNumbers.looksLikeOne("11010519491231002x")).isTrue();
    assertThat(IdNumbers.looksLikeOne("刘小雨")).isFalse();
    assertThat(IdNumbers.looksLikeOne("1101")).isFalse();
  }
}
