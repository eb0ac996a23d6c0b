/* cpt-number-series.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"

G_BEGIN_DECLS

/* Document types, as stored in number_series.doc_type and used by the API. */
#define CPT_DOC_TYPE_SALES_ORDER "salesorder"
#define CPT_DOC_TYPE_INVOICE     "invoice"
#define CPT_DOC_TYPE_CREDIT_NOTE "creditnote"
#define CPT_DOC_TYPE_SHIPMENT    "shipment"

#define CPT_TYPE_NUMBER_SERIES (cpt_number_series_get_type ())

/* The numbering settings of one document type. */
typedef struct
{
  char     *doc_type;
  gboolean  manual;       /* the user types the numbers (orders, shipments only) */
  char     *prefix;       /* with {YYYY} {YY} {MM} tokens */
  gint64    next_number;
  guint     padding;      /* least number of digits */
  gboolean  yearly_reset; /* back to 1 on the first document of a new year */
  int       last_year;    /* year of the last number taken, 0 if none */
} CptNumberSeries;

GType            cpt_number_series_get_type     (void) G_GNUC_CONST;
CptNumberSeries *cpt_number_series_copy         (const CptNumberSeries  *self);
void             cpt_number_series_free         (CptNumberSeries        *self);

gboolean         cpt_number_series_is_known_type (const char            *doc_type);
gboolean         cpt_number_series_always_auto  (const char             *doc_type);

CptNumberSeries *cpt_number_series_get          (CptDatabase            *db,
                                                 const char             *doc_type,
                                                 GError                **error);
gboolean         cpt_number_series_set          (CptDatabase            *db,
                                                 const CptNumberSeries  *series,
                                                 GError                **error);
char            *cpt_number_series_preview      (const CptNumberSeries  *series,
                                                 const char             *date_iso);
gboolean         cpt_number_series_take_next    (CptDatabase            *db,
                                                 const char             *doc_type,
                                                 const char             *date_iso,
                                                 char                  **number,
                                                 GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptNumberSeries, cpt_number_series_free)

G_END_DECLS
