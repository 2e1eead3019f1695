package com.acme.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatrixTest {

  private final Matrix m = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

  @Test
  void readsElements() {
    assertEquals(2, m.rows());
    assertEquals(3, m.cols());
    assertEquals(6.0, m.get(1, 2));
  }

  @Test
  void transposes() {
    Matrix t = m.transpose();
    assertEquals(3, t.rows());
    assertEquals(4.0, t.get(0, 1));
    assertEquals(3.0, t.get(2, 0));
  }

  @Test
  void getRejectsRowOutsideMatrix() {
    assertThrows(IndexOutOfBoundsException.class, () -> m.get(2, 0));
  }

  @Test
  void getRejectsColumnOutsideMatrix() {
    assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, 3));
  }

  @Test
  void traceOfRectangularMatrix() {
    assertEquals(6.0, m.trace());
  }
}
