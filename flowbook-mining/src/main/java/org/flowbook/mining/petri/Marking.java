package org.flowbook.mining.petri;

import java.util.Arrays;

/** Tokens per place of one net, by place index; immutable. */
public final class Marking {
  private final int[] tokens;

  private Marking(int[] tokens) {
    this.tokens = tokens;
  }

  /** A marking of {@code places} places where the given places hold one token each. */
  public static Marking of(int places, int... marked) {
    int[] t = new int[places];
    for (int p : marked) {
      t[p]++;
    }
    return new Marking(t);
  }

  public static Marking ofTokens(int[] tokens) {
    for (int t : tokens) {
      if (t < 0) {
        throw new IllegalArgumentException("a place cannot hold a negative number of tokens");
      }
    }
    return new Marking(tokens.clone());
  }

  public int tokens(int place) {
    return tokens[place];
  }

  public int places() {
    return tokens.length;
  }

  public int total() {
    int n = 0;
    for (int t : tokens) {
      n += t;
    }
    return n;
  }

  public int[] toArray() {
    return tokens.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Marking m && Arrays.equals(tokens, m.tokens);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tokens);
  }

  @Override
  public String toString() {
    return Arrays.toString(tokens);
  }
}
