package io.heal.detect.nab;

/**
 * A NAB cost profile: the weights of a true positive, a false positive and a false negative.
 *
 * @param name the profile's name, such as {@code standard}
 */
public record NabProfile(String name, double tpWeight, double fpWeight, double fnWeight) {

  public NabProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank, found '" + name + "'");
    }
    if (!(tpWeight > 0) || !(fpWeight >= 0) || !(fnWeight >= 0)) {
      throw new IllegalArgumentException(
          "weights: tp must be positive and fp, fn not negative, found tp="
              + tpWeight
              + " fp="
              + fpWeight
              + " fn="
              + fnWeight);
    }
  }
}
