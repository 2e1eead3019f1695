package com.acme.linalg;

import java.util.Objects;

/** Dense row-major matrix of doubles. */
public final class Matrix {

  private final int rows;
  private final int cols;
  private final double[] data;

  public Matrix(int rows, int cols) {
    if (rows <= 0 || cols <= 0) {
      throw new IllegalArgumentException("dimensions must be positive: " + rows + "x" + cols);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = new double[rows * cols];
  }

  public static Matrix of(double[][] values) {
    Matrix m = new Matrix(values.length, values[0].length);
    for (int r = 0; r < m.rows; r++) {
      for (int c = 0; c < m.cols; c++) {
        m.set(r, c, values[r][c]);
      }
    }
    return m;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double get(int row, int col) {
    Objects.checkIndex(row, rows);
    return data[row * cols + col];
  }

  public void set(int row, int col, double value) {
    Objects.checkIndex(row, rows);
    Objects.checkIndex(col, cols);
    data[row * cols + col] = value;
  }

  public Matrix transpose() {
    Matrix t = new Matrix(cols, rows);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t.set(c, r, get(r, c));
      }
    }
    return t;
  }

  public double trace() {
    double sum = 0;
    for (int i = 0; i < Math.min(rows, cols); i++) {
      sum += get(i, i);
    }
    return sum;
  }
}
