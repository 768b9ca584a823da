package org.llm4rec.explorer.domain.judge;

/** The little linear algebra the Bradley–Terry intervals need; matrices here are a handful of rows. */
final class Matrices {
    private Matrices() {
    }

    /** Gauss–Jordan inverse with partial pivoting. */
    static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-300) {
                throw new ArithmeticException("singular matrix");
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double p = a[col][col];
            for (int k = 0; k < 2 * n; k++) {
                a[col][k] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inverse[i], 0, n);
        }
        return inverse;
    }

    /**
     * Moore–Penrose inverse of a connected graph Laplacian, whose null space is exactly the constant vector:
     * pinv(L) = (L + J/n)⁻¹ − J/n with J the all-ones matrix.
     */
    static double[][] pseudoInverseOfLaplacian(double[][] laplacian) {
        int n = laplacian.length;
        double[][] shifted = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                shifted[i][j] = laplacian[i][j] + 1.0 / n;
            }
        }
        double[][] inverse = invert(shifted);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                inverse[i][j] -= 1.0 / n;
            }
        }
        return inverse;
    }

    static double[][] leadingBlock(double[][] matrix, int size) {
        double[][] block = new double[size][size];
        for (int i = 0; i < size; i++) {
            System.arraycopy(matrix[i], 0, block[i], 0, size);
        }
        return block;
    }
}
