package org.flowbook.diagram.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.flowbook.diagram.text.Fonts;

/** Rasterizes Flowbook's SVG to PNG with Apache Batik, using the shipped font. */
public final class PngRenderer {
  private static final Pattern ROOT_WIDTH =
      Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)\"", Pattern.DOTALL);

  /** The largest image side in pixels; a bigger request is scaled down to this. */
  public static final int MAX_SIDE = 16_000;

  private PngRenderer() {}

  /** Batik's rasterizer, keeping the image instead of encoding it. */
  private static final class Capture extends ImageTranscoder {
    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      this.image = img;
    }
  }

  /**
   * The PNG bytes of the SVG at {@code scale} (1 = one pixel per SVG unit, 2 for sharp print).
   *
   * @throws IllegalArgumentException if the scale is not within 0.1..8 or the SVG cannot be drawn
   */
  public static byte[] png(String svg, double scale) {
    if (!(scale >= 0.1 && scale <= 8)) {
      throw new IllegalArgumentException("scale must be within 0.1..8, was " + scale);
    }
    Fonts.registerForRendering();
    Capture t = new Capture();
    Matcher m = ROOT_WIDTH.matcher(svg);
    if (m.find()) {
      double width = Math.min(MAX_SIDE, Double.parseDouble(m.group(1)) * scale);
      t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
    }
    t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    t.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
      // Java's own PNG writer: several times faster than Batik's encoder at a similar size.
      ImageIO.write(t.image, "png", out);
    } catch (TranscoderException e) {
      throw new IllegalArgumentException("the SVG could not be drawn as PNG: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
