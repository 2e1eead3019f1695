package org.example.linalg;

import java.util.Arrays;

/** Immutable dense matrix. */
public final class DenseMatrix {

  private final double[][] a;

  public DenseMatrix(double[][] values) {
    int cols = values[0].length;
    for (double[] row : values) {
      if (row.length != cols) {
        throw new IllegalArgumentException("ragged rows: " + row.length + " vs " + cols);
      }
    }
    this.a = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
  }

  public static DenseMatrix identity(int n) {
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    return new DenseMatrix(v);
  }

  public int rows() {
    return a.length;
  }

  public int cols() {
    return a[0].length;
  }

  public DenseMatrix multiply(DenseMatrix other) {
    int rows = rows();
    int cols = cols();
    if (cols != other.rows()) {
      throw new IllegalArgumentException("cannot multiply " + rows + "x" + cols + " by "
          + other.rows() + "x" + other.cols());
    }
    double[][] r = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < other.cols(); j++) {
        double sum = 0;
        for (int k = 0; k < cols; k++) {
          sum += a[i][k] * other.a[k][j];
        }
        r[i][j] = sum;
      }
    }
    return new DenseMatrix(r);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(a);
  }
}
