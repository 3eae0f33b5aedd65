package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** A date a form declares not after today is refused when it lies ahead, whatever door sent it. */
class FormInputDateTest {

  private static final String FORM = """
      { "components": [
        { "id": "Field_Made", "key": "visitDate", "type": "datetime", "subtype": "date", "dateLabel": "走访日期",
          "properties": { "careflow.notAfterToday": "true" } },
        { "id": "Field_Next", "key": "nextVisit", "type": "datetime", "subtype": "date", "dateLabel": "下次走访" } ] }""";

  @Test
  void aDayAheadIsRefusedOnlyWhereTheFormSaysSo() {
    var fields = FormRequirements.fields(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));
    String tomorrow = LocalDate.now().plusDays(1).toString();

    assertThatThrownBy(() -> FormInput.check(fields.get(0), tomorrow)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("(visitDate) is today or an earlier day, not " + tomorrow);
    assertThatThrownBy(() -> FormInput.check(fields.get(0), tomorrow + "T08:00:00")).isInstanceOf(RefusedInput.class);
    assertThatCode(() -> FormInput.check(fields.get(0), LocalDate.now().toString())).doesNotThrowAnyException();
    assertThatCode(() -> FormInput.check(fields.get(1), tomorrow)).doesNotThrowAnyException();
  }

  @Test
  void theVisitFormsDeclareTheirVisitDateNotAfterToday() throws IOException {
    for (String form : new String[] {"forms/protection/visit.form", "forms/foster/supervision-visit.form"}) {
      try (InputStream in = new ClassPathResource(form).getInputStream()) {
        assertThat(FormRequirements.fields(in)).filteredOn(field -> field.key().equals("visitDate"))
            .singleElement().as(form).extracting(FormRequirements.Field::notAfterToday).isEqualTo(true);
      }
    }
  }
}
