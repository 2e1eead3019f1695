package io.heal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {

  @ParameterizedTest
  @CsvSource({
    "10MiB, 10485760",
    "512KiB, 524288",
    "1GiB, 1073741824",
    "100kB, 100000",
    "2MB, 2000000",
    "1.5KiB, 1536",
    "4096, 4096",
    "7B, 7"
  })
  void parsesSizesWithBinaryAndDecimalUnits(String text, long bytes) {
    assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10 parsecs", "MiB", "", "10TiB", "1e3"})
  void rejectsTextThatIsNotASizeNamingIt(String text) {
    assertThatThrownBy(() -> ByteSizes.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource({"10485760, 10MiB", "1024, 1KiB", "1000, 1000", "0, 0", "1073741824, 1GiB"})
  void formatsInTheLargestBinaryUnitThatDividesIt(long bytes, String text) {
    assertThat(ByteSizes.format(bytes)).isEqualTo(text);
  }
}
