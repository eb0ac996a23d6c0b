/* test-pdf-export.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "cpt-document-renderer.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-pdf-export.h"
#include "cpt-test-documents.h"

/* Every document kind rendered to PDF and read back with poppler's
 * pdfinfo and pdftotext, as a person opening the file would see it. */

typedef struct
{
  char       *dir;
  CptTotals   totals;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cpt-documents-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  cpt_totals_clear (&fixture->totals);
}

/* Exports the document, saves a PNG of its first page into the build
 * directory for a person to look at, and returns the PDF's path. */
static char *
export (Fixture     *fixture,
        CptDocument *document,
        const char  *render_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = cpt_document_suggest_file_name (document);
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (cpt_document_export_pdf (document, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (render_name != NULL)
    {
      g_autofree char *renders = g_test_build_filename (G_TEST_BUILT, "documents", "renders", NULL);
      g_autofree char *prefix = g_build_filename (renders, render_name, NULL);
      g_autofree char *quoted_path = g_shell_quote (path);
      g_autofree char *quoted_prefix = g_shell_quote (prefix);
      g_autofree char *command = NULL;
      g_autofree char *out = NULL;

      g_mkdir_with_parents (renders, 0755);
      command = g_strdup_printf ("pdftoppm -png -r 80 -f 1 -l 1 -singlefile %s %s",
                                 quoted_path, quoted_prefix);
      out = cpt_test_run (command);
    }
  return path;
}

static guint
page_count (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdfinfo %s", quoted);
  g_autofree char *info = cpt_test_run (command);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static char *flatten (const char *text);

/* pdftotext of one page (from 1) or of the whole file (0): -layout keeps
 * the rows of the tables on one line; the reading order keeps each
 * paragraph together even when it sits beside the totals. */
static char *
pdf_text (const char *path,
          guint       page,
          gboolean    layout)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *range = page == 0 ? g_strdup ("") : g_strdup_printf ("-f %u -l %u", page, page);
  g_autofree char *command = g_strdup_printf ("pdftotext %s -enc UTF-8 %s %s -",
                                              layout ? "-layout" : "", range, quoted);

  return cpt_test_run (command);
}

static char *
page_text (const char *path,
           guint       page)
{
  return pdf_text (path, page, TRUE);
}

/* The reading-order text with every run of blanks (spaces, no-break
 * spaces, line breaks) made one space: sentences that wrap read as one
 * line. */
static char *
page_flat (const char *path,
           guint       page)
{
  g_autofree char *text = pdf_text (path, page, FALSE);

  return flatten (text);
}

static char *
flatten (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean blank = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          blank = TRUE;
          continue;
        }
      if (blank && out->len > 0)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_says (const char *flat,
             const char *expected)
{
  g_autofree char *wanted = flatten (expected);

  if (strstr (flat, wanted) == NULL)
    g_error ("The document does not say « %s »:\n%s", wanted, flat);
}

static void
assert_never_says (const char *flat,
                   const char *unexpected)
{
  g_autofree char *unwanted = flatten (unexpected);

  if (strstr (flat, unwanted) != NULL)
    g_error ("The document says « %s »:\n%s", unwanted, flat);
}

/* pdftotext writes the no-break spaces of the French formats (U+00A0,
 * U+202F) as plain spaces. */
static char *
plain (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, (c == 0x00A0 || c == 0x202F) ? ' ' : c);
    }
  return g_string_free (out, FALSE);
}

/* A line of the -layout text holding all the given cells in this order. */
static void
assert_row (const char  *text,
            const char **cells)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i];
      guint c;

      for (c = 0; cells[c] != NULL; c++)
        {
          g_autofree char *cell = plain (cells[c]);

          p = strstr (p, cell);
          if (p == NULL)
            break;
          p += strlen (cell);
        }
      if (cells[c] == NULL)
        return;
    }
  g_error ("No line shows « %s » … « %s »:\n%s", cells[0], cells[1], text);
}

/* A label of the details band with its value printed under it. */
static void
assert_labelled (const char *text,
                 const char *label,
                 const char *value)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *plain_value = plain (value);

  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      const char *found = strstr (lines[i], label);
      const char *under;
      glong column;

      if (found == NULL)
        continue;
      column = g_utf8_pointer_to_offset (lines[i], found);
      under = lines[i + 1];
      if (g_utf8_strlen (under, -1) > column)
        under = g_utf8_offset_to_pointer (under, column);
      else
        continue;
      if (g_str_has_prefix (under, plain_value))
        return;
    }
  g_error ("No « %s » under « %s »:\n%s", value, label, text);
}

static void
test_invoice_mentions (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 6, FALSE,
                                                          &fixture->totals);
  g_autofree char *path = export (fixture, invoice, "invoice");
  g_autofree char *text = page_text (path, 0);
  g_autofree char *flat = page_flat (path, 0);

  g_assert_cmpuint (page_count (path), ==, 1);
  /* The word « Facture », the number and the dates. */
  assert_says (flat, "Facture");
  assert_says (flat, "N° FA-2026-00012");
  assert_labelled (text, "Date de facture", "28/11/2026");
  assert_labelled (text, "Date de vente / livraison", "21/11/2026");
  /* The seller. */
  assert_says (flat, "Atelier Desnoës");
  assert_says (flat, "SARL au capital de 5 000 €");
  assert_says (flat, "12 rue de la République");
  assert_says (flat, "SIRET 123 456 789 00012");
  assert_says (flat, "RCS Lyon");
  assert_says (flat, "N° TVA FR12 123456789");
  /* The customer, its delivery address that differs, its VAT number and
   * order reference. */
  assert_says (flat, "Pâtisserie Éric Desnoës");
  assert_says (flat, "4 place Bellecour");
  assert_says (flat, "Adresse de livraison");
  assert_says (flat, "Zone artisanale des Crêtes");
  assert_labelled (text, "N° TVA client", "FR98 765432109");
  assert_labelled (text, "Votre référence", "PO-7781");
  /* Per line: description, quantity, unit price, discount, VAT rate. */
  assert_row (text, (const char *[]) { "Crème brûlée", "24 pièce", "4,50 €", "5,5 %", "108,00 €", NULL });
  assert_row (text, (const char *[]) { "Formation HACCP", "1", "480,00 €", "10 %", "20 %", "432,00 €", NULL });
  /* Payment. */
  assert_labelled (text, "Échéance", "28/12/2026");
  assert_says (flat, "Échéance : 28/12/2026 (30 jours fin de mois).");
  assert_says (flat, "Pas d'escompte pour paiement anticipé");
  assert_says (flat, "pénalités au taux annuel de 12,75 %");
  assert_says (flat, "indemnité forfaitaire pour frais de recouvrement de 40 €");
  assert_says (flat, "IBAN FR76 3000 6000 0112 3456 7890 189");
  /* E-invoicing mentions. */
  assert_labelled (text, "SIREN client", "765 432 109");
  assert_says (flat, "Nature des opérations : livraison de biens et prestation de services");
  assert_says (flat, "Option pour le paiement de la taxe d'après les débits");
  /* The number on the page, with « Page 1/1 ». */
  {
    g_autofree char *layout_flat = flatten (text);

    assert_says (layout_flat, "Facture FA-2026-00012 Page 1/1");
  }
  assert_says (flat, "Merci de votre confiance.");
}

static void
assert_amount_row (const char *text,
                   const char *label,
                   gint64      cents)
{
  g_autofree char *amount = cpt_money_format (cents);

  assert_row (text, (const char *[]) { label, amount, NULL });
}

/* The VAT of each rate and the totals printed are the model's, to the
 * cent, in the French format (U+202F between thousands, U+00A0 before €). */
static void
test_invoice_amounts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 30, FALSE,
                                                          &fixture->totals);
  g_autofree char *path = export (fixture, invoice, NULL);
  g_autofree char *text = page_text (path, 0);
  guint n_taxes = cpt_document_get_n_vats (invoice);

  g_assert_cmpuint (n_taxes, ==, 3);
  for (guint i = 0; i < n_taxes; i++)
    {
      const CptDocumentVat *tax = cpt_document_get_vat (invoice, i);
      g_autofree char *rate = cpt_percent_format (tax->rate);
      g_autofree char *base = cpt_money_format (tax->base);
      g_autofree char *amount = cpt_money_format (tax->amount);
      const CptTaxTotal *computed = &g_array_index (fixture->totals.taxes, CptTaxTotal, i);

      g_assert_cmpint (tax->base, ==, computed->base);
      g_assert_cmpint (tax->amount, ==, computed->amount);
      assert_row (text, (const char *[]) { rate, base, amount, NULL });
    }
  /* The amounts printed are core's French format: U+202F between the
   * thousands, U+00A0 before the euro sign. */
  {
    g_autofree char *total = cpt_money_format (fixture->totals.total);

    g_assert_nonnull (strstr (total, "\u202f"));
    g_assert_true (g_str_has_suffix (total, "\u00a0€"));
  }
  assert_amount_row (text, "Sous-total HT", fixture->totals.subtotal);
  assert_amount_row (text, "Remise", -fixture->totals.discount_total);
  assert_amount_row (text, "Frais d'expédition HT", fixture->totals.shipping);
  assert_amount_row (text, "Total HT", cpt_document_get_amount (invoice, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL));
  assert_amount_row (text, "Total TVA", fixture->totals.tax_total);
  assert_amount_row (text, "Arrondi", -2);
  assert_amount_row (text, "Total TTC", fixture->totals.total);
  assert_amount_row (text, "Acomptes versés", -10000);
  assert_amount_row (text, "Net à payer", fixture->totals.total - 10000);
}

/* A long order flows over several pages, each with the table header, the
 * order number and « Page n/N ». */
static void
test_long_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CptDocument) order = cpt_test_document_new (CPT_DOCUMENT_KIND_ORDER, 120, FALSE,
                                                        &fixture->totals);
  g_autofree char *path = export (fixture, order, "order");
  guint n_pages = page_count (path);
  guint pages_with_lines = 0;
  guint rows = 0;

  g_assert_cmpuint (n_pages, >=, 3);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = page_text (path, page);
      g_autofree char *flat = flatten (text);
      g_autofree char *page_mark = g_strdup_printf ("Bon de commande CC-00042 Page %u/%u",
                                                    page, n_pages);
      const char *p = text;

      /* Every page holding lines repeats the table header; the last one
       * may hold only the totals. */
      if (strstr (text, "Réf. ") != NULL)
        {
          assert_row (text, (const char *[]) { "Désignation", "Qté", "P.U. HT", "Remise", "TVA",
                                               "Montant HT", NULL });
          pages_with_lines++;
        }
      assert_says (flat, page_mark);
      while ((p = strstr (p, "Crème brûlée")) != NULL)
        {
          rows++;
          p++;
        }
    }
  /* Every line printed once: one line in six is a crème brûlée. */
  g_assert_cmpuint (rows, ==, 20);
  g_assert_cmpuint (pages_with_lines, >=, n_pages - 1);
  {
    g_autofree char *flat = page_flat (path, n_pages);

    assert_says (flat, "Bon pour accord");
    assert_says (flat, "Nos conditions générales de vente s'appliquent à cette commande.");
    assert_says (flat, "Conditions de paiement : 30 jours fin de mois.");
  }
}

static void
test_accents (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CptDocument) order = cpt_test_document_new (CPT_DOCUMENT_KIND_ORDER, 6, FALSE,
                                                        &fixture->totals);
  g_autofree char *path = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *text = NULL;

  cpt_document_set_text (order, CPT_DOCUMENT_CUSTOMER_NAME, "Éric Desnoës, Crème brûlée");
  path = export (fixture, order, NULL);
  text = page_text (path, 1);
  flat = page_flat (path, 1);
  assert_says (flat, "Éric Desnoës, Crème brûlée");
  assert_says (flat, "Livre « Les desserts d'Éric »");
  assert_says (flat, "Zone artisanale des Crêtes");
  assert_row (text, (const char *[]) { "Tablier inox de pâtissier", "1,5 m", "123,45 €", NULL });
}

/* Franchise en base: no VAT column, no VAT summary, and the mention. */
static void
test_franchise (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 6, TRUE,
                                                          &fixture->totals);
  g_autofree char *path = export (fixture, invoice, "invoice-franchise");
  g_autofree char *text = page_text (path, 0);
  g_autofree char *flat = page_flat (path, 0);

  g_assert_cmpint (fixture->totals.tax_total, ==, 0);
  assert_says (flat, "TVA non applicable, art. 293 B du CGI");
  assert_says (flat, "Crème & Caramel EI");
  assert_never_says (flat, "Taux de TVA");
  assert_never_says (flat, "Total TVA");
  assert_never_says (flat, "TTC");
  assert_never_says (flat, "5,5 %");
  assert_never_says (flat, "d'après les débits");
  assert_amount_row (text, "Total", fixture->totals.total);
}

/* Exemption and reverse charge print their legal mention. */
static void
test_vat_mentions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 2, FALSE,
                                                          &fixture->totals);
  g_autofree char *path = NULL;
  g_autofree char *flat = NULL;

  cpt_document_add_vat (invoice, 0, 5000, 0, "Autoliquidation");
  cpt_document_add_vat (invoice, 0, 3000, 0, "Exonération de TVA, article 262 ter I du CGI");
  path = export (fixture, invoice, NULL);
  flat = page_flat (path, 0);
  assert_says (flat, "Autoliquidation");
  assert_says (flat, "Exonération de TVA, article 262 ter I du CGI");
}

/* A delivery note shows what is in the parcel, never a price. */
static void
test_delivery_note (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CptDocument) note = cpt_test_document_new (CPT_DOCUMENT_KIND_DELIVERY_NOTE, 6, FALSE,
                                                       &fixture->totals);
  g_autofree char *path = export (fixture, note, "delivery-note");
  g_autofree char *text = page_text (path, 0);
  g_autofree char *flat = page_flat (path, 0);
  const char *euro = strstr (flat, "€");

  assert_says (flat, "Bon de livraison");
  assert_says (flat, "N° BL-2026-00007");
  assert_labelled (text, "Transporteur", "Geodis");
  assert_labelled (text, "N° de suivi", "GX-99812-FR");
  assert_says (flat, "Reçu en bon état");
  assert_row (text, (const char *[]) { "CB-200", "Crème brûlée", "24 pièce", NULL });
  assert_never_says (flat, "HT");
  assert_never_says (flat, "FR98 765432109");
  assert_never_says (flat, "4,50");
  /* The only euro sign is the seller's share capital in the footer. */
  g_assert_nonnull (euro);
  assert_says (flat, "capital de 5 000 €");
  g_assert_null (strstr (euro + strlen ("€"), "€"));
}

static void
test_credit_note (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CptDocument) credit = cpt_test_document_new (CPT_DOCUMENT_KIND_CREDIT_NOTE, 6, FALSE,
                                                         &fixture->totals);
  g_autofree char *path = export (fixture, credit, "credit-note");
  g_autofree char *text = page_text (path, 0);
  g_autofree char *flat = page_flat (path, 0);

  assert_says (flat, "Avoir");
  assert_says (flat, "N° AV-2026-00003");
  assert_labelled (text, "Facture annulée", "FA-2026-00012");
  assert_says (flat, "Cet avoir annule la facture FA-2026-00012 du 28/11/2026.");
  assert_amount_row (text, "Total TTC", fixture->totals.total);
}

/* Drawing each page straight onto a PDF surface leaves cairo without
 * error, and every page carries text (an error would blank it). */
static void
test_cairo_status (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 60, FALSE,
                                                          &fixture->totals);
  g_autoptr(CptDocumentRenderer) renderer = cpt_document_renderer_new (invoice);
  g_autofree char *path = g_build_filename (fixture->dir, "direct.pdf", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  n_pages = cpt_document_renderer_paginate (renderer);
  g_assert_cmpuint (n_pages, >=, 2);
  surface = cairo_pdf_surface_create (path, CPT_DOCUMENT_PAGE_WIDTH, CPT_DOCUMENT_PAGE_HEIGHT);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (cpt_document_renderer_draw_page (renderer, cr, i, &error));
      g_assert_no_error (error);
      cairo_show_page (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (cpt_document_renderer_draw_page (renderer, cr, n_pages, &error));
    g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (page_count (path), ==, n_pages);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *flat = page_flat (path, page);
      g_autofree char *page_mark = g_strdup_printf ("Page %u/%u", page, n_pages);

      assert_says (flat, "FA-2026-00012");
      assert_says (flat, page_mark);
      if (page == 1)
        assert_says (flat, "Crème brûlée");
    }
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A logo drawn here: a dark square with a light disc. */
static GBytes *
logo_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 120);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.14, 0.25, 0.38);
  cairo_rectangle (cr, 0, 0, 120, 120);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.9, 0.7, 0.3);
  cairo_arc (cr, 180, 60, 50, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png_cb, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* The logo is embedded once, on the first page; a broken file is left
 * out and the document still prints. */
static void
test_logo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 6, FALSE,
                                                          &fixture->totals);
  g_autoptr(GBytes) png = logo_png ();
  g_autoptr(GBytes) broken = g_bytes_new_static ("\x89PNG not really", 16);
  g_autofree char *path = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *command = NULL;
  g_autofree char *images = NULL;
  g_autofree char *flat = NULL;

  cpt_document_set_logo (invoice, png);
  path = export (fixture, invoice, "invoice-logo");
  quoted = g_shell_quote (path);
  command = g_strdup_printf ("pdfimages -list %s", quoted);
  images = cpt_test_run (command);
  g_assert_nonnull (strstr (images, "240   120"));

  /* A JPEG logo, decoded through gdk-pixbuf. */
  {
    g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 200, 100);
    g_autoptr(GBytes) jpeg = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *jpeg_images = NULL;
    char *buffer = NULL;
    gsize size = 0;

    gdk_pixbuf_fill (pixbuf, 0x8a2be2ff);
    g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", &error, NULL));
    g_assert_no_error (error);
    jpeg = g_bytes_new_take (buffer, size);
    cpt_document_set_logo (invoice, jpeg);
    g_free (path);
    path = export (fixture, invoice, NULL);
    g_free (quoted);
    quoted = g_shell_quote (path);
    g_free (command);
    command = g_strdup_printf ("pdfimages -list %s", quoted);
    jpeg_images = cpt_test_run (command);
    g_assert_nonnull (strstr (jpeg_images, "200   100"));
  }

  cpt_document_set_logo (invoice, broken);
  g_free (path);
  path = export (fixture, invoice, NULL);
  flat = page_flat (path, 0);
  assert_says (flat, "Facture");
  assert_says (flat, "Net à payer");
}

/* Nothing filled in, or absurd input: a document all the same, never a
 * crash or an endless layout. */
static void
test_degenerate (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CptDocument) empty = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);
  g_autoptr(CptDocument) huge = cpt_test_document_new (CPT_DOCUMENT_KIND_ORDER, 3, FALSE, &fixture->totals);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *flat = NULL;
  CptDocumentLine line = { 0, };

  path = export (fixture, empty, NULL);
  g_assert_cmpuint (page_count (path), ==, 1);
  flat = page_flat (path, 0);
  assert_says (flat, "Facture");
  assert_says (flat, "Brouillon");
  assert_says (flat, "Page 1/1");

  /* A description longer than a page, and extreme amounts. */
  for (guint i = 0; i < 600; i++)
    g_string_append (description, "Crème brûlée caramélisée au chalumeau, ");
  line.description = description->str;
  line.quantity = G_MAXINT64;
  line.unit_price = G_MININT64;
  line.amount = G_MAXINT64;
  line.discount = 10000;
  line.tax_rate = 2000;
  cpt_document_add_line (huge, &line);
  cpt_document_set_amount (huge, CPT_DOCUMENT_AMOUNT_TOTAL, G_MININT64);
  cpt_document_set_amount (huge, CPT_DOCUMENT_AMOUNT_DEPOSITS, G_MAXINT64);
  g_free (path);
  path = export (fixture, huge, NULL);
  g_assert_cmpuint (page_count (path), >=, 2);
  g_free (flat);
  flat = page_flat (path, 0);
  assert_says (flat, "Bon pour accord");
}

static void
test_bytes_and_file_name (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CptDocument) invoice = cpt_test_document_new (CPT_DOCUMENT_KIND_INVOICE, 3, FALSE,
                                                          &fixture->totals);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cpt_document_render_pdf_bytes (invoice, &error);
  g_autofree char *name = cpt_document_suggest_file_name (invoice);
  g_autofree char *draft_name = NULL;
  gsize size;
  const char *data_bytes;

  g_assert_no_error (error);
  data_bytes = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_true (memcmp (data_bytes, "%PDF-", 5) == 0);
  g_assert_cmpstr (name, ==, "Facture FA-2026-00012.pdf");

  cpt_document_set_text (invoice, CPT_DOCUMENT_NUMBER, "FA/2026:7");
  g_free (name);
  name = cpt_document_suggest_file_name (invoice);
  g_assert_cmpstr (name, ==, "Facture FA-2026-7.pdf");
  cpt_document_set_text (invoice, CPT_DOCUMENT_NUMBER, NULL);
  draft_name = cpt_document_suggest_file_name (invoice);
  g_assert_cmpstr (draft_name, ==, "Facture (brouillon).pdf");

  /* A directory that does not exist is a clear error, not a crash. */
  g_assert_false (cpt_document_export_pdf (invoice, "/nonexistent/dir/x.pdf", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
}

/* A bulk export into a folder never overwrites: taken names get a
 * number. */
static void
test_folder (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CptDocument) order = cpt_test_document_new (CPT_DOCUMENT_KIND_ORDER, 2, FALSE, &fixture->totals);
  g_autoptr(CptDocument) draft_a = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);
  g_autoptr(CptDocument) draft_b = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);
  CptDocument *documents[] = { order, draft_a, draft_b };
  g_autofree char *taken = g_build_filename (fixture->dir, "Bon de commande CC-00042.pdf", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "Bon de commande CC-00042 (2).pdf", "Facture (brouillon).pdf", "Facture (brouillon) (2).pdf",
  };

  g_assert_true (g_file_set_contents (taken, "not mine", -1, NULL));
  g_assert_true (cpt_document_export_pdf_to_folder (documents, G_N_ELEMENTS (documents), fixture->dir, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (taken, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "not mine");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, expected[i], NULL);

      g_assert_cmpuint (page_count (path), >=, 1);
    }

  g_assert_false (cpt_document_export_pdf_to_folder (documents, 1, "/nonexistent/folder", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_documents_use_french ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/documents/pdf/invoice-mentions", test_invoice_mentions);
  ADD ("/documents/pdf/invoice-amounts", test_invoice_amounts);
  ADD ("/documents/pdf/long-order", test_long_order);
  ADD ("/documents/pdf/accents", test_accents);
  ADD ("/documents/pdf/franchise", test_franchise);
  ADD ("/documents/pdf/vat-mentions", test_vat_mentions);
  ADD ("/documents/pdf/delivery-note", test_delivery_note);
  ADD ("/documents/pdf/credit-note", test_credit_note);
  ADD ("/documents/pdf/cairo-status", test_cairo_status);
  ADD ("/documents/pdf/logo", test_logo);
  ADD ("/documents/pdf/degenerate", test_degenerate);
  ADD ("/documents/pdf/bytes-and-file-name", test_bytes_and_file_name);
  ADD ("/documents/pdf/folder", test_folder);
#undef ADD

  return g_test_run ();
}
