/* cpt-document-renderer-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "cpt-document.h"
#include "cpt-document-renderer.h"

G_BEGIN_DECLS

/* Shared between the renderer (page flow, lines table) and the blocks it
 * places (header, totals, mentions, footer). Coordinates are PostScript
 * points on an A4 sheet, origin at its top-left corner. */

#define CPT_MM(x) ((x) * 72.0 / 25.4)

#define PAGE_MARGIN_LEFT   CPT_MM (20.0)
#define PAGE_MARGIN_RIGHT  CPT_MM (15.0)
#define PAGE_MARGIN_TOP    CPT_MM (15.0)
#define PAGE_MARGIN_BOTTOM CPT_MM (12.0)
#define CONTENT_WIDTH      (CPT_DOCUMENT_PAGE_WIDTH - PAGE_MARGIN_LEFT - PAGE_MARGIN_RIGHT)
#define CONTENT_RIGHT      (CPT_DOCUMENT_PAGE_WIDTH - PAGE_MARGIN_RIGHT)

typedef enum
{
  FONT_BODY,
  FONT_BODY_BOLD,
  FONT_SMALL,
  FONT_SMALL_BOLD,
  FONT_LABEL,
  FONT_TABLE,
  FONT_TABLE_HEADER,
  FONT_NAME,
  FONT_CUSTOMER,
  FONT_CUSTOMER_BOLD,
  FONT_TITLE,
  FONT_NUMBER,
  FONT_TOTAL,
  FONT_FOOTER,
  N_FONTS
} CptFont;

typedef struct
{
  double red;
  double green;
  double blue;
} CptColor;

extern const CptColor cpt_color_text;
extern const CptColor cpt_color_muted;
extern const CptColor cpt_color_accent;
extern const CptColor cpt_color_rule;
extern const CptColor cpt_color_shade;

/* A block of the document below the lines table; each one is placed whole
 * on a page, never split. */
typedef enum
{
  BLOCK_SUMMARY,   /* VAT per rate, payment conditions, totals box */
  BLOCK_NOTES,
  BLOCK_MENTIONS,  /* VAT and e-invoicing mentions */
  BLOCK_APPROVAL,  /* terms and « Bon pour accord » on orders */
  BLOCK_RECEIPT,   /* receipt signature on delivery notes */
  N_BLOCKS
} CptBlock;

/* Every drawing helper takes a NULL cairo_t to measure without drawing
 * and returns the height it used, so that measuring and drawing can never
 * disagree. */
double       cpt_renderer_text          (CptDocumentRenderer *self,
                                         cairo_t             *cr,
                                         const char          *text,
                                         CptFont              font,
                                         const CptColor      *color,
                                         double               x,
                                         double               y,
                                         double               width,
                                         PangoAlignment       alignment);
double       cpt_renderer_text_width    (CptDocumentRenderer *self,
                                         const char          *text,
                                         CptFont              font);
void         cpt_renderer_rule          (cairo_t             *cr,
                                         const CptColor      *color,
                                         double               x1,
                                         double               x2,
                                         double               y,
                                         double               line_width);
void         cpt_renderer_fill          (cairo_t             *cr,
                                         const CptColor      *color,
                                         double               x,
                                         double               y,
                                         double               width,
                                         double               height);
CptDocument *cpt_renderer_get_document  (CptDocumentRenderer *self);
cairo_surface_t *cpt_renderer_get_logo  (CptDocumentRenderer *self);

char        *cpt_renderer_format_money  (gint64               cents);
char        *cpt_renderer_format_capital(gint64               cents);

double       cpt_blocks_first_header    (CptDocumentRenderer *self,
                                         cairo_t             *cr);
double       cpt_blocks_next_header     (CptDocumentRenderer *self,
                                         cairo_t             *cr);
double       cpt_blocks_footer          (CptDocumentRenderer *self,
                                         cairo_t             *cr,
                                         guint                page,
                                         guint                n_pages);
gboolean     cpt_blocks_is_shown        (CptDocumentRenderer *self,
                                         CptBlock             block);
double       cpt_blocks_draw            (CptDocumentRenderer *self,
                                         cairo_t             *cr,
                                         CptBlock             block,
                                         double               y);

G_END_DECLS
