package org.example.shop;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ShoppingCartTest {

  @Test
  public void sumsLines() {
    ShoppingCart cart = new ShoppingCart();
    cart.add("mug", 2, 800);
    cart.add("tea", 1, 450);
    cart.add("mug", 1, 800);
    assertEquals(2_850, cart.totalCents());
    assertEquals(4, cart.itemCount());
  }

  @Test
  public void couponDiscountsTotal() {
    ShoppingCart cart = new ShoppingCart();
    cart.add("mug", 1, 1_000);
    cart.applyCoupon("WELCOME10", 10);
    assertEquals(900, cart.totalCents());
  }

  @Test
  public void clearRemovesDiscount() {
    ShoppingCart cart = new ShoppingCart();
    cart.add("mug", 1, 1_000);
    cart.applyCoupon("WELCOME10", 10);
    cart.clear();
    cart.add("tea", 2, 500);
    assertEquals(1_000, cart.totalCents());
  }

  @Test
  public void couponCanBeReappliedAfterClear() {
    ShoppingCart cart = new ShoppingCart();
    cart.applyCoupon("A", 10);
    cart.clear();
    cart.applyCoupon("B", 20);
    cart.add("tea", 1, 500);
    assertEquals(400, cart.totalCents());
  }

  @Test(expected = IllegalStateException.class)
  public void onlyOneCoupon() {
    ShoppingCart cart = new ShoppingCart();
    cart.applyCoupon("A", 10);
    cart.applyCoupon("B", 20);
  }
}
