package newsdesk.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.store.NewsStore;

/** A {@link NewsStore} that hands every call to another and counts the calls of each method by name. */
final class CountingStore {
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final NewsStore store;

  CountingStore(NewsStore delegate) {
    this.store = (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class},
        (proxy, method, args) -> {
          calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  NewsStore store() {
    return store;
  }

  /** Calls of {@code method} so far. */
  int calls(String method) {
    AtomicInteger n = calls.get(method);
    return n == null ? 0 : n.get();
  }
}
