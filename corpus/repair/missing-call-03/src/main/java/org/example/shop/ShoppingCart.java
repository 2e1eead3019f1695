package org.example.shop;

import java.util.LinkedHashMap;
import java.util.Map;

/** A customer's cart; amounts in cents. At most one coupon can be applied. */
public class ShoppingCart {

  private final Map<String, Integer> quantities = new LinkedHashMap<>();
  private final Map<String, Long> unitPrices = new LinkedHashMap<>();
  private String couponCode;
  private int discountPercent;

  public void add(String sku, int qty, long unitCents) {
    if (qty <= 0) {
      throw new IllegalArgumentException("qty must be positive: " + qty);
    }
    quantities.merge(sku, qty, Integer::sum);
    unitPrices.put(sku, unitCents);
  }

  public void applyCoupon(String code, int percent) {
    if (couponCode != null) {
      throw new IllegalStateException("coupon " + couponCode + " already applied");
    }
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in 1..100: " + percent);
    }
    couponCode = code;
    discountPercent = percent;
  }

  public long totalCents() {
    long sum = 0;
    for (Map.Entry<String, Integer> e : quantities.entrySet()) {
      sum += e.getValue() * unitPrices.get(e.getKey());
    }
    return sum - sum * discountPercent / 100;
  }

  /** Empties the cart and removes any coupon. */
  public void clear() {
    quantities.clear();
    unitPrices.clear();
    couponCode = null;
  }

  public int itemCount() {
    return quantities.values().stream().mapToInt(Integer::intValue).sum();
  }
}
