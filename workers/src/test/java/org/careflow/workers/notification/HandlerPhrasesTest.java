package org.careflow.workers.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.careflow.contract.FosterCare.TerminationGround;
import org.careflow.records.notification.MailTemplates.Language;
import org.careflow.records.notification.MailTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The phrases the handlers look up by key are in the mail templates of both languages. */
class HandlerPhrasesTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyPhraseTheHandlersLookUpIsThere(Language language) {
    MailTemplates texts = new MailTemplates(language);
    for (NotifyEscalationHandler.Kind kind : NotifyEscalationHandler.Kind.values()) {
      assertThat(texts.phrase("escalation." + kind.name())).isNotBlank();
    }
    for (TerminationGround ground : TerminationGround.values()) {
      assertThat(texts.phrase("ground." + ground.name())).isNotBlank();
    }
    for (String key : new String[] {"value.missing", "situation.line", "situation.none", "digest.week", "digest.item",
        "digest.itemWithPerson", "digest.none"}) {
      assertThat(texts.phrase(key)).as(key).isNotBlank();
    }
  }
}
