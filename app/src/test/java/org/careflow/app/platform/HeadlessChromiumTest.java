package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class HeadlessChromiumTest {

  @Test
  void theBrowserIsFoundOnThePathNotAtAFixedPlace(@TempDir Path bin, @TempDir Path empty) throws Exception {
    Path chromium = Files.createFile(bin.resolve("chromium"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    assertThat(HeadlessChromium.onPath("chromium", empty + File.pathSeparator + bin)).contains(chromium);
    assertThat(HeadlessChromium.onPath("chromium", empty.toString())).isEmpty();
    Files.createFile(empty.resolve("chromedriver"));
    assertThat(HeadlessChromium.onPath("chromedriver", empty.toString())).as("not executable").isEmpty();
  }

  @Test
  void aMissingBrowserSkipsOnADevelopersMachineAndFailsUnderCi() {
    assertThatThrownBy(() -> HeadlessChromium.requireOrSkip(false, false)).isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> HeadlessChromium.requireOrSkip(false, true)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI=true");
    HeadlessChromium.requireOrSkip(true, true);
  }
}
