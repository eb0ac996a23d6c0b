/* cpt-tax.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_TAX (cpt_tax_get_type ())

/* A tax of the settings (Settings → Taxes). rate in basis points (2000 =
 * 20 %); category: "standard", "reduced", "exempt" or "reverse_charge"; an
 * exempt or reverse-charge tax carries the legal mention printed on
 * documents. Documents keep their own copy of rate and name. */
G_DECLARE_FINAL_TYPE (CptTax, cpt_tax, CPT, TAX, GObject)

CptTax     *cpt_tax_new               (void);
CptTax     *cpt_tax_copy              (CptTax     *self);
gint64      cpt_tax_get_id            (CptTax     *self);
void        cpt_tax_set_id            (CptTax     *self,
                                       gint64     id);
const char *cpt_tax_get_name          (CptTax     *self);
void        cpt_tax_set_name          (CptTax     *self,
                                       const char *name);
int         cpt_tax_get_rate          (CptTax     *self);
void        cpt_tax_set_rate          (CptTax     *self,
                                       int        rate);
const char *cpt_tax_get_category      (CptTax     *self);
void        cpt_tax_set_category      (CptTax     *self,
                                       const char *category);
const char *cpt_tax_get_legal_mention (CptTax     *self);
void        cpt_tax_set_legal_mention (CptTax     *self,
                                       const char *legal_mention);
gboolean    cpt_tax_get_active        (CptTax     *self);
void        cpt_tax_set_active        (CptTax     *self,
                                       gboolean   active);
gboolean    cpt_tax_get_is_default    (CptTax     *self);
void        cpt_tax_set_is_default    (CptTax     *self,
                                       gboolean   is_default);

G_END_DECLS
