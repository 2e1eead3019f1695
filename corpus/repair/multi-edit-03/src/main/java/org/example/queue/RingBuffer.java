package org.example.queue;

/** Fixed-capacity FIFO queue backed by an array; offer fails when full. Not thread-safe. */
public final class RingBuffer<T> {

  private final Object[] items;
  private int head;
  private int tail;
  private int size;

  public RingBuffer(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.items = new Object[capacity];
  }

  public boolean offer(T item) {
    if (size == items.length) {
      return false;
    }
    items[tail] = item;
    tail = tail + 1;
    size++;
    return true;
  }

  @SuppressWarnings("unchecked")
  public T poll() {
    if (size == 0) {
      return null;
    }
    T item = (T) items[head];
    items[head] = null;
    head = head + 1;
    size--;
    return item;
  }

  @SuppressWarnings("unchecked")
  public T peek() {
    return size == 0 ? null : (T) items[head];
  }

  public int size() {
    return size;
  }
}
