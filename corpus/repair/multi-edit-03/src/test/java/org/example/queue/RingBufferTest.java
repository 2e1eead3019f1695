package org.example.queue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RingBufferTest {

  @Test
  public void firstInFirstOut() {
    RingBuffer<String> b = new RingBuffer<>(3);
    b.offer("a");
    b.offer("b");
    assertEquals("a", b.peek());
    assertEquals("a", b.poll());
    assertEquals("b", b.poll());
    assertNull(b.poll());
  }

  @Test
  public void rejectsWhenFull() {
    RingBuffer<Integer> b = new RingBuffer<>(2);
    assertTrue(b.offer(1));
    assertTrue(b.offer(2));
    assertFalse(b.offer(3));
    assertEquals(2, b.size());
  }

  @Test
  public void wrapsAroundTheArray() {
    RingBuffer<String> b = new RingBuffer<>(3);
    b.offer("a");
    b.offer("b");
    b.offer("c");
    assertEquals("a", b.poll());
    assertTrue(b.offer("d"));
    assertEquals("b", b.poll());
    assertEquals("c", b.poll());
    assertEquals("d", b.poll());
  }

  @Test
  public void survivesManyCycles() {
    RingBuffer<Integer> b = new RingBuffer<>(2);
    for (int i = 0; i < 10; i++) {
      assertTrue(b.offer(i));
      assertEquals(Integer.valueOf(i), b.poll());
    }
    assertEquals(0, b.size());
  }
}
