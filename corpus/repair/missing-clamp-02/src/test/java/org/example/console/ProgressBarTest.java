package org.example.console;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ProgressBarTest {

  @Test
  public void halfway() {
    assertEquals("[#####.....] 50%", ProgressBar.render(0.5, 10));
  }

  @Test
  public void countersAreConvertedToFraction() {
    assertEquals("[##..] 50%", ProgressBar.render(3, 6, 4));
    assertEquals("[####] 100%", ProgressBar.render(0, 0, 4));
  }

  @Test
  public void overshootIsShownAsComplete() {
    assertEquals("[##########] 100%", ProgressBar.render(1.2, 10));
  }

  @Test
  public void negativeFractionIsShownAsEmpty() {
    assertEquals("[.....] 0%", ProgressBar.render(-0.1, 5));
  }

  @Test(expected = IllegalArgumentException.class)
  public void rejectsZeroWidth() {
    ProgressBar.render(0.5, 0);
  }
}
