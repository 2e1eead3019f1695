package io.heal.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalculatorTest {

  private final Calculator calculator = new Calculator();

  @Test
  void dividesTwoNumbers() {
    assertThat(calculator.divide(6, 3)).isEqualTo(2.0);
    assertThat(calculator.divide(-7, 2)).isEqualTo(-3.5);
  }

  @Test
  void dividesZeroByANumber() {
    assertThat(calculator.divide(0, 5)).isEqualTo(0.0);
  }

  @Test
  void refusesZeroDivisor() {
    assertThatThrownBy(() -> calculator.divide(6, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("b: must not be zero, found 0");
  }

  @Test
  void averagesValues() {
    assertThat(calculator.average(List.of(1.0, 2.0, 6.0))).isEqualTo(3.0);
    assertThat(calculator.average(List.of(4.5))).isEqualTo(4.5);
  }

  @Test
  void refusesToAverageNullOrEmpty() {
    assertThatThrownBy(() -> calculator.average(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("values: must not be null");
    assertThatThrownBy(() -> calculator.average(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("values: must not be empty");
  }

  @Test
  void refusesToAverageNullElement() {
    assertThatThrownBy(() -> calculator.average(Arrays.asList(1.0, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values[1]: must not be null, found null");
  }

  @Test
  void findsNearestRankPercentile() {
    double[] sorted = {15, 20, 35, 40, 50};
    assertThat(calculator.percentile(sorted, 0)).isEqualTo(15);
    assertThat(calculator.percentile(sorted, 30)).isEqualTo(20);
    assertThat(calculator.percentile(sorted, 40)).isEqualTo(20);
    assertThat(calculator.percentile(sorted, 50)).isEqualTo(35);
    assertThat(calculator.percentile(sorted, 100)).isEqualTo(50);
  }

  @Test
  void refusesPercentileOutsideBounds() {
    double[] sorted = {1, 2, 3};
    assertThatThrownBy(() -> calculator.percentile(sorted, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p: must be within [0, 100], found 101");
    assertThatThrownBy(() -> calculator.percentile(sorted, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p: must be within [0, 100], found -1");
  }

  @Test
  void refusesPercentileOfNullOrEmpty() {
    assertThatThrownBy(() -> calculator.percentile(null, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sorted: must not be null");
    assertThatThrownBy(() -> calculator.percentile(new double[0], 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sorted: must not be empty");
  }

  @Test
  void clampsIntoRange() {
    assertThat(calculator.clamp(5, 0, 10)).isEqualTo(5);
    assertThat(calculator.clamp(-1, 0, 10)).isEqualTo(0);
    assertThat(calculator.clamp(11, 0, 10)).isEqualTo(10);
    assertThat(calculator.clamp(0, 0, 10)).isEqualTo(0);
    assertThat(calculator.clamp(10, 0, 10)).isEqualTo(10);
  }

  @Test
  void refusesClampWithMinAboveMax() {
    assertThatThrownBy(() -> calculator.clamp(5, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min: must not be greater than max (0), found 10");
  }
}
