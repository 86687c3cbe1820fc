package org.flowbook.handbook.figure;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Turns a picture into PNG bytes with Batik, for formats that cannot hold SVG (Word). */
public final class Rasterizer {
  private Rasterizer() {}

  /**
   * The picture as PNG, {@code scale} times its natural size (2 gives a sharp print at the size
   * Word shows it).
   */
  public static byte[] png(Picture picture, double scale) {
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(
        SVGAbstractTranscoder.KEY_WIDTH, (float) (picture.width() * scale));
    transcoder.addTranscodingHint(
        SVGAbstractTranscoder.KEY_HEIGHT, (float) (picture.height() * scale));
    transcoder.addTranscodingHint(
        SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    TranscoderInput in = new TranscoderInput(new StringReader(picture.svg()));
    in.setURI("file:///flowbook/picture.svg");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      transcoder.transcode(in, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalArgumentException(
          "the picture cannot be drawn as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
