package org.flowbook.diagram.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every diagram: Liberation Sans (SIL OFL 1.1), shipped inside this module so
 * text is measured identically on every machine. It has the metrics of Arial, so a browser without
 * it draws the same line breaks with Arial or Helvetica.
 */
public final class Fonts {
  /** The CSS font-family list written into SVG. */
  public static final String FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

  private static final FontRenderContext FRC =
      new FontRenderContext(new AffineTransform(), true, true);

  private Fonts() {}

  /** The advance width of the text, in pixels, at the given size. */
  public static double width(String text, double size, boolean bold) {
    if (text.isEmpty()) {
      return 0;
    }
    Font f = (bold ? Holder.BOLD : Holder.REGULAR).deriveFont((float) size);
    return f.getStringBounds(text, FRC).getWidth();
  }

  /**
   * Makes the shipped font known to Java2D so that PNG rasterizing finds it by name; safe to call
   * any number of times.
   */
  /** The shipped face at a size, for drawing with Java2D. */
  public static Font awt(double size, boolean bold) {
    return (bold ? Holder.BOLD : Holder.REGULAR).deriveFont((float) size);
  }

  public static void registerForRendering() {
    GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
    ge.registerFont(Holder.REGULAR);
    ge.registerFont(Holder.BOLD);
  }

  private static final class Holder {
    static final Font REGULAR = load("LiberationSans-Regular.ttf");
    static final Font BOLD = load("LiberationSans-Bold.ttf");

    private static Font load(String file) {
      try (InputStream in = Fonts.class.getResourceAsStream("/org/flowbook/diagram/font/" + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "font " + file + " is missing from the flowbook-diagram jar; rebuild the module");
        }
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped font " + file, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("the shipped font " + file + " is damaged", e);
      }
    }
  }
}
