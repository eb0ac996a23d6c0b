/* cpt-document-logo.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-logo"

#include "config.h"

#include "cpt-document-logo.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

/* The company's logo as a cairo image: PNG straight through cairo, any
 * other format gdk-pixbuf reads (JPEG…) converted. gdk-pixbuf is not GTK:
 * the headless server decodes logos too. */

typedef struct
{
  GBytes *bytes;
  gsize   offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (reader->bytes, &size);

  if (reader->offset + length > size)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, bytes + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
is_usable (cairo_surface_t *surface)
{
  return cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
         cairo_image_surface_get_width (surface) > 0 &&
         cairo_image_surface_get_height (surface) > 0;
}

/* cairo wants native-endian ARGB with premultiplied alpha; gdk-pixbuf
 * gives RGB(A) bytes, not premultiplied. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *dst;
  int dst_stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS || channels < 3)
    return surface;
  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  dst_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *in = src + (gsize) y * src_stride;
      guint32 *out = (guint32 *) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, in += channels)
        {
          guint alpha = channels == 4 ? in[3] : 0xff;
          guint red = (in[0] * alpha + 127) / 255;
          guint green = (in[1] * alpha + 127) / 255;
          guint blue = (in[2] * alpha + 127) / 255;

          out[x] = (alpha << 24) | (red << 16) | (green << 8) | blue;
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* NULL for bytes that are no image: the logo is the user's file, a broken
 * one is left out of the document, never fatal. */
cairo_surface_t *
cpt_document_logo_decode (GBytes *bytes)
{
  Reader reader = { bytes, 0 };
  cairo_surface_t *surface;
  g_autoptr(GdkPixbufLoader) loader = NULL;
  gsize size;
  const guint8 *data;
  GdkPixbuf *pixbuf;

  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    return NULL;
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  if (is_usable (surface))
    return surface;
  cairo_surface_destroy (surface);

  loader = gdk_pixbuf_loader_new ();
  data = g_bytes_get_data (bytes, &size);
  if (!gdk_pixbuf_loader_write (loader, data, size, NULL) || !gdk_pixbuf_loader_close (loader, NULL))
    return NULL;
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    return NULL;
  surface = surface_from_pixbuf (pixbuf);
  if (is_usable (surface))
    return surface;
  cairo_surface_destroy (surface);
  return NULL;
}
