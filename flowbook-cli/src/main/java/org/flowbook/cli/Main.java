package org.flowbook.cli;

public class Main {
  public static void main(String[] a) {}
}
