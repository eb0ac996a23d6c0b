/* cpt-document-renderer.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "cpt-document.h"

G_BEGIN_DECLS

/* A4 in PostScript points: the unit of the cairo context the renderer
 * draws on, origin at the top-left corner of the sheet. */
#define CPT_DOCUMENT_PAGE_WIDTH  (210.0 * 72.0 / 25.4)
#define CPT_DOCUMENT_PAGE_HEIGHT (297.0 * 72.0 / 25.4)

#define CPT_TYPE_DOCUMENT_RENDERER (cpt_document_renderer_get_type ())

G_DECLARE_FINAL_TYPE (CptDocumentRenderer, cpt_document_renderer, CPT, DOCUMENT_RENDERER, GObject)

CptDocumentRenderer *cpt_document_renderer_new         (CptDocument          *document);
CptDocument         *cpt_document_renderer_get_document(CptDocumentRenderer  *self);
guint                cpt_document_renderer_paginate    (CptDocumentRenderer  *self);
guint                cpt_document_renderer_get_n_pages (CptDocumentRenderer  *self);
gboolean             cpt_document_renderer_draw_page   (CptDocumentRenderer  *self,
                                                        cairo_t              *cr,
                                                        guint                 page,
                                                        GError              **error);

G_END_DECLS
