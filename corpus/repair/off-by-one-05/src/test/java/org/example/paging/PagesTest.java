package org.example.paging;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class PagesTest {

  private final List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7);

  @Test
  public void firstPage() {
    assertEquals(List.of(1, 2, 3), Pages.page(items, 1, 3));
  }

  @Test
  public void lastPartialPage() {
    assertEquals(List.of(7), Pages.page(items, 3, 3));
  }

  @Test
  public void pageAfterTheEndIsEmpty() {
    assertEquals(List.of(), Pages.page(items, 4, 3));
  }

  @Test
  public void countsPages() {
    assertEquals(3, Pages.pageCount(7, 3));
    assertEquals(2, Pages.pageCount(6, 3));
    assertEquals(0, Pages.pageCount(0, 3));
  }

  @Test(expected = IllegalArgumentException.class)
  public void rejectsPageZero() {
    Pages.page(items, 0, 3);
  }
}
