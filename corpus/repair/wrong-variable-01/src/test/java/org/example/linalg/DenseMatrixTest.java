package org.example.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DenseMatrixTest {

  @Test
  void multipliesSquareMatrices() {
    DenseMatrix m = new DenseMatrix(new double[][] {{1, 2}, {3, 4}});
    assertEquals("[[7.0, 10.0], [15.0, 22.0]]", m.multiply(m).toString());
  }

  @Test
  void identityIsNeutral() {
    DenseMatrix m = new DenseMatrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertEquals(m.toString(), m.multiply(DenseMatrix.identity(3)).toString());
  }

  @Test
  void multipliesRectangularMatrices() {
    DenseMatrix a = new DenseMatrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
    DenseMatrix b = new DenseMatrix(new double[][] {{1, 0}, {0, 1}, {1, 1}});
    DenseMatrix c = a.multiply(b);
    assertEquals(2, c.cols());
    assertEquals("[[4.0, 5.0], [10.0, 11.0]]", c.toString());
  }

  @Test
  void multipliesTallByWide() {
    DenseMatrix col = new DenseMatrix(new double[][] {{1}, {2}});
    DenseMatrix row = new DenseMatrix(new double[][] {{3, 4, 5}});
    assertEquals("[[3.0, 4.0, 5.0], [6.0, 8.0, 10.0]]", col.multiply(row).toString());
  }

  @Test
  void rejectsIncompatibleShapes() {
    DenseMatrix a = new DenseMatrix(new double[][] {{1, 2}});
    assertThrows(IllegalArgumentException.class, () -> a.multiply(a));
  }
}
