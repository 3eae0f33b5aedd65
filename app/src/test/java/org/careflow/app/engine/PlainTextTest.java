package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void chineseNamesPunctuationAndEmojiArePlainText() {
    assertThatCode(() -> PlainText.refuseUnsafeLine("name", "刘桂兰 · Liu-Guilan (阿兰) 😀")).doesNotThrowAnyException();
    assertThatCode(() -> PlainText.refuseUnsafeNote("notes", "第一行\n第二行\r\n\tindented")).doesNotThrowAnyException();
  }

  @Test
  void controlCharactersDirectionMarksAndBrokenCharactersAreRefused() {
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "Li\u0000")).isInstanceOf(RefusedInput.class)
        .hasMessage("name holds the control character U+0000 at position 3: type it again as plain text");
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "Li\nMing")).hasMessageContaining("a line break or tab");
    assertThatThrownBy(() -> PlainText.refuseUnsafeNote("notes", "ok\u0007")).hasMessageContaining("U+0007");
    assertThatThrownBy(() -> PlainText.refuseUnsafeNote("notes", "\u202Egnim")).hasMessageContaining("direction mark U+202E");
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "a\u200Fb")).hasMessageContaining("U+200F");
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "a\u0085b")).hasMessageContaining("U+0085");
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "a\uD83D")).hasMessageContaining("a broken character");
    assertThatThrownBy(() -> PlainText.refuseUnsafeLine("name", "\uDE00a")).hasMessageContaining("a broken character");
  }
}
