/* cpt-document-renderer.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-renderer"

#include "config.h"

#include "cpt-document-renderer.h"
#include "cpt-document-renderer-private.h"

#include <glib/gi18n.h>

#include "cpt-document-logo.h"
#include "cpt-error.h"
#include "cpt-money.h"

/* One renderer draws a document page by page on any cairo context in
 * points: the PDF export's surface and GtkPrintOperation's draw-page. It
 * lays the document out once (paginate), then draws any page. Layouts come
 * from its own pango context at 72 dpi without hinting, so what it measured
 * is what it draws, whatever the device. */

#define FONT_FAMILY "DejaVu Sans"
#define CELL_PAD_X  CPT_MM (1.6)
#define CELL_PAD_Y  CPT_MM (1.4)
#define BLOCK_GAP   CPT_MM (5.0)

const CptColor cpt_color_text   = { 0.11, 0.12, 0.13 };
const CptColor cpt_color_muted  = { 0.40, 0.42, 0.45 };
const CptColor cpt_color_accent = { 0.14, 0.25, 0.38 };
const CptColor cpt_color_rule   = { 0.80, 0.82, 0.84 };
const CptColor cpt_color_shade  = { 0.94, 0.95, 0.96 };

typedef enum
{
  COL_REFERENCE,
  COL_DESCRIPTION,
  COL_QUANTITY,
  COL_UNIT_PRICE,
  COL_DISCOUNT,
  COL_TAX,
  COL_AMOUNT,
  N_COLUMNS
} Column;

typedef struct
{
  gboolean        shown;
  double          x;
  double          width;
  PangoAlignment  alignment;
} ColumnSpec;

typedef struct
{
  PangoLayout *cells[N_COLUMNS];
  double       height;
} Row;

typedef struct
{
  CptBlock block;
  double   y;
} PlacedBlock;

typedef struct
{
  gboolean has_table;
  double   table_y;
  guint    first_row;
  guint    n_rows;
  guint    first_block;
  guint    n_blocks;
} Page;

struct _CptDocumentRenderer
{
  GObject               parent_instance;

  CptDocument          *document;
  PangoContext         *context;
  PangoFontDescription *fonts[N_FONTS];
  cairo_surface_t      *logo;
  gboolean              logo_loaded;

  ColumnSpec            columns[N_COLUMNS];
  PangoLayout          *header_cells[N_COLUMNS];
  double                header_height;
  GArray               *rows;    /* Row */
  GArray               *placed;  /* PlacedBlock */
  GArray               *pages;   /* Page */
};

G_DEFINE_FINAL_TYPE (CptDocumentRenderer, cpt_document_renderer, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_object (&row->cells[i]);
}

static void
clear_layout (CptDocumentRenderer *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_object (&self->header_cells[i]);
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->placed, 0);
  g_array_set_size (self->pages, 0);
}

static void
cpt_document_renderer_finalize (GObject *object)
{
  CptDocumentRenderer *self = CPT_DOCUMENT_RENDERER (object);

  clear_layout (self);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->placed, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_clear_object (&self->context);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (cpt_document_renderer_parent_class)->finalize (object);
}

static void
cpt_document_renderer_class_init (CptDocumentRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_document_renderer_finalize;
}

static PangoFontDescription *
font_new (double   size,
          gboolean bold)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return font;
}

static void
cpt_document_renderer_init (CptDocumentRenderer *self)
{
  cairo_font_options_t *options;

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_get_default ());

  self->fonts[FONT_BODY] = font_new (8.5, FALSE);
  self->fonts[FONT_BODY_BOLD] = font_new (8.5, TRUE);
  self->fonts[FONT_SMALL] = font_new (7.5, FALSE);
  self->fonts[FONT_SMALL_BOLD] = font_new (7.5, TRUE);
  self->fonts[FONT_LABEL] = font_new (6.5, FALSE);
  self->fonts[FONT_TABLE] = font_new (8.0, FALSE);
  self->fonts[FONT_TABLE_HEADER] = font_new (7.0, TRUE);
  self->fonts[FONT_NAME] = font_new (11.0, TRUE);
  self->fonts[FONT_CUSTOMER] = font_new (9.5, FALSE);
  self->fonts[FONT_CUSTOMER_BOLD] = font_new (9.5, TRUE);
  self->fonts[FONT_TITLE] = font_new (20.0, TRUE);
  self->fonts[FONT_NUMBER] = font_new (10.0, TRUE);
  self->fonts[FONT_TOTAL] = font_new (9.5, TRUE);
  self->fonts[FONT_FOOTER] = font_new (6.5, FALSE);

  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->placed = g_array_new (FALSE, TRUE, sizeof (PlacedBlock));
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
}

CptDocumentRenderer *
cpt_document_renderer_new (CptDocument *document)
{
  CptDocumentRenderer *self;

  g_return_val_if_fail (CPT_IS_DOCUMENT (document), NULL);

  self = g_object_new (CPT_TYPE_DOCUMENT_RENDERER, NULL);
  self->document = g_object_ref (document);
  return self;
}

CptDocument *
cpt_document_renderer_get_document (CptDocumentRenderer *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_RENDERER (self), NULL);

  return self->document;
}

CptDocument *
cpt_renderer_get_document (CptDocumentRenderer *self)
{
  return self->document;
}

/* Each text gets a fresh layout: a layout reused after its attributes
 * were set keeps them, and with accented text the PDF surface then falls
 * into a sticky error (ARCHITECTURE.md §11). */
static PangoLayout *
layout_new (CptDocumentRenderer *self,
            const char          *text,
            CptFont              font,
            double               width,
            PangoAlignment       alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[font]);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
show_layout (cairo_t        *cr,
             PangoLayout    *layout,
             const CptColor *color,
             double          x,
             double          y)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

double
cpt_renderer_text (CptDocumentRenderer *self,
                   cairo_t             *cr,
                   const char          *text,
                   CptFont              font,
                   const CptColor      *color,
                   double               x,
                   double               y,
                   double               width,
                   PangoAlignment       alignment)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || *text == '\0')
    return 0;
  layout = layout_new (self, text, font, width, alignment);
  if (cr != NULL)
    show_layout (cr, layout, color, x, y);
  return layout_height (layout);
}

double
cpt_renderer_text_width (CptDocumentRenderer *self,
                         const char          *text,
                         CptFont              font)
{
  g_autoptr(PangoLayout) layout = layout_new (self, text, font, -1, PANGO_ALIGN_LEFT);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

void
cpt_renderer_rule (cairo_t        *cr,
                   const CptColor *color,
                   double          x1,
                   double          x2,
                   double          y,
                   double          line_width)
{
  if (cr == NULL)
    return;
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
  cairo_stroke (cr);
}

void
cpt_renderer_fill (cairo_t        *cr,
                   const CptColor *color,
                   double          x,
                   double          y,
                   double          width,
                   double          height)
{
  if (cr == NULL)
    return;
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

char *
cpt_renderer_format_money (gint64 cents)
{
  return cpt_money_format (cents);
}

/* « SARL au capital de 5 000 € »: a share capital reads without cents.
 * The money format is French whatever the locale, so its decimal part is
 * always the last ",dd". */
char *
cpt_renderer_format_capital (gint64 cents)
{
  char *text = cpt_money_format (cents);
  char *comma;

  if (cents % 100 != 0)
    return text;
  comma = strrchr (text, ',');
  if (comma != NULL && comma[1] == '0' && comma[2] == '0')
    memmove (comma, comma + 3, strlen (comma + 3) + 1);
  return text;
}

/* Decoded on first use, once per renderer. */
cairo_surface_t *
cpt_renderer_get_logo (CptDocumentRenderer *self)
{
  if (!self->logo_loaded)
    {
      self->logo_loaded = TRUE;
      self->logo = cpt_document_logo_decode (cpt_document_get_logo (self->document));
    }
  return self->logo;
}

static gboolean
any_line (CptDocument *document,
          gboolean   (*test) (const CptDocumentLine *line))
{
  guint n = cpt_document_get_n_lines (document);

  for (guint i = 0; i < n; i++)
    if (test (cpt_document_get_line (document, i)))
      return TRUE;
  return FALSE;
}

static gboolean
line_has_reference (const CptDocumentLine *line)
{
  return line->reference != NULL && *line->reference != '\0';
}

static gboolean
line_has_discount (const CptDocumentLine *line)
{
  return line->discount != 0;
}

/* Columns from right to left: the amounts keep fixed widths and the
 * description takes what is left. */
static void
setup_columns (CptDocumentRenderer *self)
{
  static const struct { Column column; double width_mm; } priced[] = {
    { COL_AMOUNT, 27.0 }, { COL_TAX, 14.0 }, { COL_DISCOUNT, 15.0 },
    { COL_UNIT_PRICE, 25.0 }, { COL_QUANTITY, 22.0 },
  };
  CptDocument *document = self->document;
  double right = CONTENT_RIGHT;

  memset (self->columns, 0, sizeof self->columns);
  if (cpt_document_has_prices (document))
    {
      for (guint i = 0; i < G_N_ELEMENTS (priced); i++)
        {
          Column column = priced[i].column;

          if (column == COL_TAX && !cpt_document_shows_vat (document))
            continue;
          if (column == COL_DISCOUNT && !any_line (document, line_has_discount))
            continue;
          self->columns[column].shown = TRUE;
          self->columns[column].width = CPT_MM (priced[i].width_mm);
          right -= self->columns[column].width;
          self->columns[column].x = right;
          self->columns[column].alignment = PANGO_ALIGN_RIGHT;
        }
    }
  else
    {
      self->columns[COL_QUANTITY].shown = TRUE;
      self->columns[COL_QUANTITY].width = CPT_MM (30.0);
      right -= self->columns[COL_QUANTITY].width;
      self->columns[COL_QUANTITY].x = right;
      self->columns[COL_QUANTITY].alignment = PANGO_ALIGN_RIGHT;
      if (any_line (document, line_has_reference))
        {
          self->columns[COL_REFERENCE].shown = TRUE;
          self->columns[COL_REFERENCE].x = PAGE_MARGIN_LEFT;
          self->columns[COL_REFERENCE].width = CPT_MM (32.0);
          self->columns[COL_REFERENCE].alignment = PANGO_ALIGN_LEFT;
        }
    }
  self->columns[COL_DESCRIPTION].shown = TRUE;
  self->columns[COL_DESCRIPTION].x = PAGE_MARGIN_LEFT + self->columns[COL_REFERENCE].width;
  self->columns[COL_DESCRIPTION].width = right - self->columns[COL_DESCRIPTION].x;
  self->columns[COL_DESCRIPTION].alignment = PANGO_ALIGN_LEFT;
}

static const char *
column_title (CptDocumentRenderer *self,
              Column               column)
{
  switch (column)
    {
    case COL_REFERENCE:
      return C_("document", "Reference");
    case COL_DESCRIPTION:
      return C_("document", "Description");
    case COL_QUANTITY:
      return cpt_document_has_prices (self->document) ? C_("document", "Qty")
                                                      : C_("document", "Quantity");
    case COL_UNIT_PRICE:
      return C_("document", "Unit price excl. VAT");
    case COL_DISCOUNT:
      return C_("document", "Discount");
    case COL_TAX:
      return C_("document", "VAT");
    case COL_AMOUNT:
      return C_("document", "Amount excl. VAT");
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static char *
format_quantity (const CptDocumentLine *line)
{
  g_autofree char *quantity = cpt_quantity_format (line->quantity);

  if (line->unit == NULL || *line->unit == '\0')
    return g_steal_pointer (&quantity);
  /* A no-break space keeps « 2,5 kg » on one line. */
  return g_strconcat (quantity, "\u00a0", line->unit, NULL);
}

static char *
cell_text (CptDocumentRenderer   *self,
           const CptDocumentLine *line,
           Column                 column)
{
  switch (column)
    {
    case COL_REFERENCE:
      return g_strdup (line->reference);
    case COL_DESCRIPTION:
      return g_strdup (line->description);
    case COL_QUANTITY:
      return format_quantity (line);
    case COL_UNIT_PRICE:
      return cpt_money_format (line->unit_price);
    case COL_DISCOUNT:
      return line->discount != 0 ? cpt_percent_format (line->discount) : NULL;
    case COL_TAX:
      return cpt_percent_format (line->tax_rate);
    case COL_AMOUNT:
      return cpt_money_format (line->amount);
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* On priced documents the item reference goes under the description, in
 * a smaller grey type, so the description keeps its width. The attribute
 * list is new and covers this text only. */
static void
add_reference (CptDocumentRenderer   *self,
               PangoLayout           *layout,
               const CptDocumentLine *line)
{
  g_autofree char *reference = NULL;
  g_autofree char *text = NULL;
  PangoAttrList *attributes;
  PangoAttribute *attribute;
  guint start;

  reference = g_strdup_printf (C_("document", "Ref. %s"), line->reference);
  text = g_strconcat (line->description != NULL ? line->description : "", "\n", reference, NULL);
  start = strlen (text) - strlen (reference);
  attributes = pango_attr_list_new ();
  attribute = pango_attr_foreground_new ((guint16) (cpt_color_muted.red * 65535),
                                         (guint16) (cpt_color_muted.green * 65535),
                                         (guint16) (cpt_color_muted.blue * 65535));
  attribute->start_index = start;
  attribute->end_index = strlen (text);
  pango_attr_list_insert (attributes, attribute);
  attribute = pango_attr_scale_new (0.85);
  attribute->start_index = start;
  attribute->end_index = strlen (text);
  pango_attr_list_insert (attributes, attribute);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
}

static void
layout_rows (CptDocumentRenderer *self)
{
  guint n = cpt_document_get_n_lines (self->document);
  gboolean priced = cpt_document_has_prices (self->document);

  self->header_height = 0;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      ColumnSpec *spec = &self->columns[c];

      if (!spec->shown)
        continue;
      self->header_cells[c] = layout_new (self, column_title (self, c), FONT_TABLE_HEADER,
                                          spec->width - 2 * CELL_PAD_X, spec->alignment);
      self->header_height = MAX (self->header_height, layout_height (self->header_cells[c]));
    }
  self->header_height += 2 * CPT_MM (1.8);

  g_array_set_size (self->rows, n);
  for (guint i = 0; i < n; i++)
    {
      const CptDocumentLine *line = cpt_document_get_line (self->document, i);
      Row *row = &g_array_index (self->rows, Row, i);

      row->height = 0;
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          ColumnSpec *spec = &self->columns[c];
          g_autofree char *text = NULL;

          if (!spec->shown)
            continue;
          text = cell_text (self, line, c);
          row->cells[c] = layout_new (self, text, FONT_TABLE,
                                      spec->width - 2 * CELL_PAD_X, spec->alignment);
          if (c == COL_DESCRIPTION && priced && line_has_reference (line))
            add_reference (self, row->cells[c], line);
          row->height = MAX (row->height, layout_height (row->cells[c]));
        }
      row->height += 2 * CELL_PAD_Y;
    }
}

static Page *
add_page (CptDocumentRenderer *self,
          double              *y)
{
  Page page = { 0, };

  page.first_row = self->pages->len > 0
    ? g_array_index (self->pages, Page, self->pages->len - 1).first_row +
      g_array_index (self->pages, Page, self->pages->len - 1).n_rows
    : 0;
  page.first_block = self->placed->len;
  g_array_append_val (self->pages, page);
  *y = self->pages->len == 1 ? cpt_blocks_first_header (self, NULL)
                             : cpt_blocks_next_header (self, NULL);
  return &g_array_index (self->pages, Page, self->pages->len - 1);
}

/* Lays the whole document out and returns its number of pages. The rows
 * flow over as many pages as needed, each page repeating the table
 * header; the blocks below the table are placed whole. */
guint
cpt_document_renderer_paginate (CptDocumentRenderer *self)
{
  double bottom;
  double y;
  Page *page;

  g_return_val_if_fail (CPT_IS_DOCUMENT_RENDERER (self), 0);

  clear_layout (self);
  setup_columns (self);
  layout_rows (self);

  bottom = CPT_DOCUMENT_PAGE_HEIGHT - PAGE_MARGIN_BOTTOM
           - cpt_blocks_footer (self, NULL, 0, 1) - CPT_MM (4.0);

  page = add_page (self, &y);
  page->has_table = TRUE;
  page->table_y = y;
  y += self->header_height;
  for (guint i = 0; i < self->rows->len; i++)
    {
      double height = g_array_index (self->rows, Row, i).height;

      if (y + height > bottom && page->n_rows > 0)
        {
          page = add_page (self, &y);
          page->has_table = TRUE;
          page->table_y = y;
          y += self->header_height;
        }
      page->n_rows++;
      y += height;
    }

  y += BLOCK_GAP;
  for (CptBlock block = 0; block < N_BLOCKS; block++)
    {
      PlacedBlock placed;
      double height;

      if (!cpt_blocks_is_shown (self, block))
        continue;
      height = cpt_blocks_draw (self, NULL, block, y);
      /* A block taller than a whole page stays where it is: moving it
       * would only add an empty page. */
      if (y + height > bottom && (page->has_table || page->n_blocks > 0))
        {
          page = add_page (self, &y);
          height = cpt_blocks_draw (self, NULL, block, y);
        }
      placed.block = block;
      placed.y = y;
      g_array_append_val (self->placed, placed);
      page->n_blocks++;
      y += height + BLOCK_GAP;
    }

  return self->pages->len;
}

guint
cpt_document_renderer_get_n_pages (CptDocumentRenderer *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_RENDERER (self), 0);

  return self->pages->len;
}

static void
draw_table (CptDocumentRenderer *self,
            cairo_t             *cr,
            const Page          *page)
{
  double y = page->table_y;

  cpt_renderer_fill (cr, &cpt_color_shade, PAGE_MARGIN_LEFT, y, CONTENT_WIDTH, self->header_height);
  cpt_renderer_rule (cr, &cpt_color_accent, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.8);
  for (guint c = 0; c < N_COLUMNS; c++)
    if (self->columns[c].shown)
      show_layout (cr, self->header_cells[c], &cpt_color_text,
                   self->columns[c].x + CELL_PAD_X, y + CPT_MM (1.8));
  y += self->header_height;
  cpt_renderer_rule (cr, &cpt_color_accent, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.5);

  for (guint i = page->first_row; i < page->first_row + page->n_rows; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      for (guint c = 0; c < N_COLUMNS; c++)
        if (row->cells[c] != NULL)
          show_layout (cr, row->cells[c], &cpt_color_text,
                       self->columns[c].x + CELL_PAD_X, y + CELL_PAD_Y);
      y += row->height;
      cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.4);
    }
}

/* Draws one page (counted from 0) of the paginated document. Fails when
 * the cairo context went into an error state, which a PDF surface would
 * otherwise turn into a silently blank page. */
gboolean
cpt_document_renderer_draw_page (CptDocumentRenderer  *self,
                                 cairo_t              *cr,
                                 guint                 page_nr,
                                 GError              **error)
{
  const Page *page;
  cairo_status_t status;

  g_return_val_if_fail (CPT_IS_DOCUMENT_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->pages->len == 0)
    cpt_document_renderer_paginate (self);
  if (page_nr >= self->pages->len)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The document has no page %u."), page_nr + 1);
      return FALSE;
    }
  page = &g_array_index (self->pages, Page, page_nr);

  cairo_save (cr);
  if (page_nr == 0)
    cpt_blocks_first_header (self, cr);
  else
    cpt_blocks_next_header (self, cr);
  if (page->has_table)
    draw_table (self, cr, page);
  for (guint i = page->first_block; i < page->first_block + page->n_blocks; i++)
    {
      PlacedBlock *placed = &g_array_index (self->placed, PlacedBlock, i);

      cpt_blocks_draw (self, cr, placed->block, placed->y);
    }
  cpt_blocks_footer (self, cr, page_nr, self->pages->len);
  cairo_restore (cr);

  status = cairo_status (cr);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_IO,
                   _("Page %u of the document could not be drawn: %s."),
                   page_nr + 1, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
