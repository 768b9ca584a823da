package org.llm4rec.explorer.domain.embedding;

import java.util.List;

/** The little vector algebra that ranking by embedding similarity needs. */
public final class Vectors {
    private Vectors() {
    }

    /** Cosine similarity; 0 when either vector is all zeros, so that an empty text never ranks first. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Vectors of different sizes (" + a.length + " and " + b.length
                    + ") cannot be compared: were they made by different embedding models?");
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /**
     * The mean of unit-length copies of the vectors, so that every item weighs the same whatever the length the
     * server gave its vector.
     */
    public static float[] meanOfUnits(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("The mean of no vectors is undefined.");
        }
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            float[] unit = unit(v);
            if (unit.length != sum.length) {
                throw new IllegalArgumentException("Vectors of different sizes cannot be averaged.");
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += unit[i] / vectors.size();
            }
        }
        return sum;
    }

    /** The vector scaled to length 1; a zero vector stays zero. */
    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        float[] out = v.clone();
        if (norm == 0) {
            return out;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (out[i] / length);
        }
        return out;
    }
}
