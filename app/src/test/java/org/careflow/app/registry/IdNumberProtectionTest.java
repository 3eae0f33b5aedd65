package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdNumberProtectionTest {

  private static final String KEY = "AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=";
  private static final String OTHER_KEY = "mz2D3Po4spRC9BgY4vI7CKeeDbOijeY4fmSqseXyTdg=";
  private static final String ID = "11010519491231002X";

  private final IdNumberProtection protection = new IdNumberProtection(KEY);

  @Test
  void anEncryptedNumberDecryptsToItself() {
    String stored = protection.encrypt(ID);

    assertThat(stored).doesNotContain(ID).doesNotContain("19491231");
    assertThat(protection.decrypt(stored)).isEqualTo(ID);
  }

  @Test
  void theSameNumberEncryptsDifferentlyEachTimeButHashesTheSame() {
    assertThat(protection.encrypt(ID)).isNotEqualTo(protection.encrypt(ID));
    assertThat(protection.hash(ID)).isEqualTo(protection.hash("11010519491231002x")).hasSize(64).doesNotContain(ID);
    assertThat(protection.hash(ID)).isNotEqualTo(protection.hash("440524188001010014"));
  }

  @Test
  void anotherKeyNeitherOpensTheNumberNorMatchesItsHash() {
    IdNumberProtection other = new IdNumberProtection(OTHER_KEY);

    assertThatThrownBy(() -> other.decrypt(protection.encrypt(ID))).isInstanceOf(IllegalArgumentException.class);
    assertThat(other.hash(ID)).isNotEqualTo(protection.hash(ID));
  }

  @Test
  void aTamperedCiphertextIsRefused() {
    String stored = protection.encrypt(ID);
    byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
    bytes[bytes.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> protection.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> protection.decrypt(ID)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAUsableKeyTheAppDoesNotStart() {
    assertThatThrownBy(() -> new IdNumberProtection("")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("careflow.registry.id-number-key");
    assertThatThrownBy(() -> new IdNumberProtection("not base64!")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new IdNumberProtection(Base64.getEncoder().encodeToString(new byte[10])))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not 10");
  }
}
