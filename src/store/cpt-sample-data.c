/* cpt-sample-data.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-sample-data"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-customer-service.h"
#include "cpt-error.h"
#include "cpt-item-service.h"
#include "cpt-payment-terms-service.h"
#include "cpt-sample-data-private.h"
#include "cpt-settings-service.h"
#include "cpt-tax-service.h"
#include "cpt-warehouse-service.h"

/* The demo is French business data (a lighting and furniture shop in
 * Lyon), not interface text: it is not translated. */

/* A date @days_ago days before today. */
char *
cpt_sample_context_date (CptSampleContext *context,
                         int               days_ago)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days_ago);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gboolean
load_company (CptDatabase       *db,
              CptSampleContext  *context,
              GError           **error)
{
  g_autoptr(CptCompany) company = cpt_settings_get_company (db, error);
  g_autoptr(CptAddress) address = NULL;

  if (company == NULL)
    return FALSE;

  address = cpt_address_new ("14 rue Mercière", NULL, "69002", "Lyon", "France");
  g_object_set (company,
                "name", "Atelier Lumière",
                "legal-form", "SARL",
                "share-capital", (gint64) 2000000,
                "address", address,
                "siren", "812345674",
                "siret", "81234567400027",
                "rcs-city", "Lyon",
                "vat-number", "FR13812345674",
                "vat-regime", "normal",
                "operations", "both",
                "iban", "FR31300040123400012345678945",
                "bic", "BNPAFRPPLYO",
                "email", "contact@atelier-lumiere.fr",
                "phone", "04 78 42 17 90",
                "website", "www.atelier-lumiere.fr",
                "late-penalty-rate", 1200,
                "footer", "Atelier Lumière — luminaires et mobilier, fabriqués et restaurés à Lyon.",
                NULL);

  return cpt_settings_set_company (db, company, error);
}

typedef struct
{
  gboolean    individual;
  const char *name;
  const char *contact;
  const char *email;
  const char *phone;
  const char *street;
  const char *postcode;
  const char *city;
  const char *siren;
  const char *ship_street;   /* NULL: same as billing */
  const char *ship_postcode;
  const char *ship_city;
} SampleCustomer;

static const SampleCustomer sample_customers[] = {
  { FALSE, "Hôtel Le Célestin", "Mme Hélène Garnier", "reservation@hotel-celestin.fr", "04 72 10 44 80",
    "6 place des Célestins", "69002", "Lyon", "434988112", NULL, NULL, NULL },
  { FALSE, "Brasserie Georges", "M. Didier Rambaud", "achats@brasseriegeorges.fr", "04 72 56 54 54",
    "30 cours de Verdun Perrache", "69002", "Lyon", "954500123", NULL, NULL, NULL },
  { FALSE, "Café de la Poste", "Mme Aurélie Besson", "cafe.poste@orange.fr", "04 76 87 12 03",
    "2 place Grenette", "38000", "Grenoble", "522110987", NULL, NULL, NULL },
  { FALSE, "Librairie Le Bel Ouvrage", "M. François Perrin", "contact@belouvrage.fr", "03 80 30 19 44",
    "21 rue des Forges", "21000", "Dijon", "488233641", NULL, NULL, NULL },
  { FALSE, "Cabinet d'architecture Moreau & Fils", "M. Étienne Moreau", "etienne@moreau-architectes.fr",
    "01 45 67 22 10", "58 boulevard Voltaire", "75011", "Paris", "399012448",
    "Chantier Villa Sainte-Anne, 4 allée des Pins", "06400", "Cannes" },
  { FALSE, "Restaurant L'Épicurien", "M. Julien Faure", "julien@lepicurien.fr", "04 91 33 05 21",
    "12 quai du Port", "13002", "Marseille", "810224573", NULL, NULL, NULL },
  { FALSE, "Boutique Éclats de Verre", "Mme Chloé Lambert", "bonjour@eclatsdeverre.fr", "02 40 48 77 12",
    "7 rue Crébillon", "44000", "Nantes", "792441036", NULL, NULL, NULL },
  { FALSE, "Mairie de Villefranche-sur-Saône", "Service des achats", "achats@villefranche.net",
    "04 74 62 60 00", "2 rue de la Paix", "69400", "Villefranche-sur-Saône", "216902647",
    "Salle des fêtes, 96 rue de la Sous-Préfecture", "69400", "Villefranche-sur-Saône" },
  { FALSE, "Galerie Saint-Jean", "Mme Inès Dupont", "galerie@saintjean-art.fr", "04 78 37 61 90",
    "24 rue Saint-Jean", "69005", "Lyon", "880765119", NULL, NULL, NULL },
  { FALSE, "Gîtes du Vercors", "M. Rémi Chevalier", "contact@gites-vercors.fr", "04 76 95 12 48",
    "Hameau des Bérards", "38250", "Villard-de-Lans", "508317296", NULL, NULL, NULL },
  { FALSE, "Décoration Bonnet SARL", "Mme Gaëlle Bonnet", "gaelle.bonnet@deco-bonnet.fr", "05 56 44 21 87",
    "33 cours de l'Intendance", "33000", "Bordeaux", "452118830", NULL, NULL, NULL },
  { FALSE, "Théâtre des Célestins", "Régie technique", "regie@theatredescelestins.com", "04 72 77 40 00",
    "4 rue Charles Dullin", "69002", "Lyon", "266900019", NULL, NULL, NULL },
  { FALSE, "Coworking La Ruche", "M. Karim Benali", "karim@laruche-coworking.fr", "03 20 06 45 30",
    "15 rue de Béthune", "59000", "Lille", "839245117", NULL, NULL, NULL },
  { FALSE, "Fromagerie Mons", "M. Hervé Mons", "commandes@fromagerie-mons.fr", "04 77 65 09 13",
    "Halles de Roanne, 1 place du Marché", "42300", "Roanne", "349660125", NULL, NULL, NULL },
  { FALSE, "Pharmacie de l'Horloge", "Mme Nadia Roux", "pharmacie.horloge@gmail.com", "04 73 90 11 22",
    "3 place de Jaude", "63000", "Clermont-Ferrand", "418230077", NULL, NULL, NULL },
  { FALSE, "Studio Graphique Ocre", "Mme Pauline Clément", "studio@ocre-graphisme.fr", "04 90 85 32 16",
    "9 rue des Teinturiers", "84000", "Avignon", "851002344", NULL, NULL, NULL },
  { FALSE, "Auberge du Lac", "M. Olivier Masson", "auberge.dulac@wanadoo.fr", "04 50 60 19 35",
    "120 route du Port", "74290", "Talloires-Montmin", "401887652", NULL, NULL, NULL },
  { FALSE, "Atelier Bois & Cuivre", "M. Bruno Gauthier", "bruno@bois-cuivre.fr", "03 81 81 44 12",
    "5 rue Battant", "25000", "Besançon", "527119804", NULL, NULL, NULL },
  { FALSE, "Société Générale d'Hôtellerie Alpine", "Mme Sophie Mercier", "compta@sgha.fr",
    "04 79 08 22 33", "Parc d'activités Alpespace, 11 voie Magellan", "73800", "Sainte-Hélène-du-Lac",
    "330456218", "Hôtel Les Aiguilles, 230 rue de la Croisette", "73120", "Courchevel" },
  { FALSE, "Musée des Tissus et des Arts décoratifs", "Service logistique", "logistique@museedestissus.fr",
    "04 78 38 42 00", "34 rue de la Charité", "69002", "Lyon", "779832445", NULL, NULL, NULL },
  { TRUE, "Éric Lefèvre", NULL, "eric.lefevre@free.fr", "06 12 34 56 78",
    "18 rue Victor Hugo", "69002", "Lyon", NULL, NULL, NULL, NULL },
  { TRUE, "Zoé Bernard", NULL, "zoe.bernard@laposte.net", "06 98 76 54 32",
    "5 impasse des Lilas", "31500", "Toulouse", NULL, NULL, NULL, NULL },
  { TRUE, "Amélie Nguyen", NULL, "amelie.nguyen@gmail.com", "07 61 22 48 90",
    "42 avenue Jean Jaurès", "69007", "Lyon", NULL,
    "Chez Mme Nguyen mère, 3 chemin du Moulin", "26000", "Valence" },
  { TRUE, "Jérôme Petit", NULL, "jerome.petit@orange.fr", "06 45 12 78 03",
    "11 rue de la République", "71100", "Chalon-sur-Saône", NULL, NULL, NULL, NULL },
  { TRUE, "Léa Rousseau", NULL, "lea.rousseau@sfr.fr", "06 77 31 90 25",
    "27 boulevard de la Croix-Rousse", "69004", "Lyon", NULL, NULL, NULL, NULL },
  { TRUE, "Noël Dubois", NULL, "noel.dubois@yahoo.fr", "06 20 44 81 17",
    "8 rue Sainte-Catherine", "54000", "Nancy", NULL, NULL, NULL, NULL },
  { TRUE, "Margaux Fontaine", NULL, "margaux.fontaine@gmail.com", "07 82 16 35 49",
    "64 rue de Brest", "35000", "Rennes", NULL, NULL, NULL, NULL },
  { TRUE, "Théo Lucas", NULL, "theo.lucas@proton.me", "06 03 58 27 61",
    "2 place du Capitole", "31000", "Toulouse", NULL, NULL, NULL, NULL },
  { TRUE, "Céline Girard", NULL, "celine.girard@icloud.com", "06 51 09 73 84",
    "15 quai Saint-Antoine", "69002", "Lyon", NULL, NULL, NULL, NULL },
  { TRUE, "François-Xavier Lemaître", NULL, "fx.lemaitre@gmail.com", "06 33 14 92 70",
    "3 rue Nationale", "37000", "Tours", NULL, NULL, NULL, NULL },
};

static gboolean
load_customers (CptDatabase       *db,
                CptSampleContext  *context,
                GError           **error)
{
  g_autoptr(GPtrArray) terms = cpt_payment_terms_service_list (db, FALSE, error);

  if (terms == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sample_customers); i++)
    {
      const SampleCustomer *c = &sample_customers[i];
      g_autoptr(CptCustomer) customer = cpt_customer_new ();
      g_autoptr(CptAddress) billing = cpt_address_new (c->street, NULL, c->postcode, c->city, "France");
      g_autoptr(CptAddress) shipping = NULL;
      gint64 id;

      if (c->ship_street != NULL)
        shipping = cpt_address_new (c->ship_street, NULL, c->ship_postcode, c->ship_city, "France");

      cpt_customer_set_kind (customer, c->individual ? CPT_CUSTOMER_KIND_INDIVIDUAL
                                                     : CPT_CUSTOMER_KIND_COMPANY);
      cpt_customer_set_display_name (customer, c->name);
      if (!c->individual)
        cpt_customer_set_company_name (customer, c->name);
      cpt_customer_set_contact_name (customer, c->contact != NULL ? c->contact : c->name);
      cpt_customer_set_email (customer, c->email);
      cpt_customer_set_phone (customer, c->phone);
      if (c->siren != NULL)
        {
          g_autofree char *vat = g_strdup_printf ("FR%02d%s",
                                                  (int) ((12 + 3 * (g_ascii_strtoll (c->siren, NULL, 10) % 97)) % 97),
                                                  c->siren);

          cpt_customer_set_siren (customer, c->siren);
          cpt_customer_set_vat_number (customer, vat);
        }
      cpt_customer_set_billing_address (customer, billing);
      cpt_customer_set_shipping_address (customer, shipping != NULL ? shipping : billing);
      /* Companies pay at 30 days or 45 days end of month, people at once. */
      if (terms->len > 0)
        {
          guint index = c->individual ? 0 : 1 + i % MIN (3, terms->len - 1);

          cpt_customer_set_payment_terms_id (customer,
                                             cpt_payment_terms_get_id (g_ptr_array_index (terms, MIN (index, terms->len - 1))));
        }
      if (i == 4)
        cpt_customer_set_notes (customer, "Livraison sur chantier : prévenir M. Moreau la veille.");

      if (!cpt_customer_service_create (db, customer, error))
        return FALSE;
      id = cpt_customer_get_id (customer);
      g_array_append_val (context->customer_ids, id);
    }

  return TRUE;
}

typedef struct
{
  const char *code;
  const char *name;
  const char *unit;
  gint64      rate;          /* cents, first variant */
  gboolean    reduced_vat;   /* books: 5,5 % */
  const char *variants[4];
} SampleFamily;

static const SampleFamily sample_families[] = {
  { "LBU", "Lampe de bureau", "pièce", 8900, FALSE, { "noir mat", "laiton", "blanc", "vert sauge" } },
  { "SUS", "Suspension", "pièce", 14900, FALSE, { "verre fumé", "opaline", "rotin", "laiton brossé" } },
  { "APP", "Applique murale", "pièce", 7900, FALSE, { "noire", "laiton", "blanche", "chêne" } },
  { "LAM", "Lampadaire", "pièce", 22900, FALSE, { "arc noir", "trépied chêne", "laiton", "abat-jour lin" } },
  { "CHB", "Chaise bistrot", "pièce", 11900, FALSE, { "hêtre", "noyer", "noire", "chêne clair" } },
  { "TAB", "Tabouret de bar", "pièce", 13900, FALSE, { "chêne", "métal noir", "velours vert", "cuir cognac" } },
  { "TBA", "Table basse", "pièce", 34900, FALSE, { "chêne massif", "noyer", "marbre blanc", "travertin" } },
  { "ETA", "Étagère murale", "pièce", 9500, FALSE, { "chêne 80 cm", "chêne 120 cm", "métal noir", "noyer" } },
  { "AMP", "Ampoule LED", "pièce", 990, FALSE, { "E27 filament", "E14 flamme", "GU10 spot", "E27 globe" } },
  { "ABJ", "Abat-jour en lin", "pièce", 4500, FALSE, { "Ø 30 cm", "Ø 40 cm", "Ø 50 cm", "tambour" } },
  { "MIR", "Miroir", "pièce", 12900, FALSE, { "rond Ø 50 laiton", "rond Ø 70 laiton", "rond Ø 90 noir", "ovale" } },
  { "COU", "Coussin en velours", "pièce", 3500, FALSE, { "vert", "moutarde", "rose poudré", "bleu nuit" } },
  { "VAS", "Vase en céramique", "pièce", 4200, FALSE, { "blanc", "terracotta", "bleu", "sable" } },
  { "LIV", "Livre", "exemplaire", 2900, TRUE,
    { "« Lumières de Lyon »", "« L'art du luminaire »", "« Bois et lumière »", NULL } },
};

typedef struct
{
  const char *sku;
  const char *name;
  const char *unit;
  gint64      rate;
  const char *description;
} SampleService;

static const SampleService sample_services[] = {
  { "SRV-INST", "Installation sur site", "heure", 5500, "Pose et raccordement par un électricien de l'atelier." },
  { "SRV-LIVM", "Livraison et montage", "forfait", 8900, "Livraison dans la métropole de Lyon et montage." },
  { "SRV-CONS", "Conseil en éclairage", "heure", 7500, "Étude d'éclairage et plan d'implantation." },
  { "SRV-REPA", "Réparation de luminaire", "forfait", 6500, "Recâblage, douille et interrupteur neufs." },
  { "SRV-DEPL", "Forfait déplacement", "forfait", 3500, "Déplacement hors de la métropole de Lyon." },
};

static gboolean
add_item (CptDatabase       *db,
          CptSampleContext  *context,
          CptItem           *item,
          GArray            *ids,
          GError           **error)
{
  gint64 id;

  if (!cpt_item_service_create (db, item, error))
    return FALSE;
  id = cpt_item_get_id (item);
  g_array_append_val (ids, id);
  return TRUE;
}

static gboolean
load_items (CptDatabase       *db,
            CptSampleContext  *context,
            GError           **error)
{
  for (guint f = 0; f < G_N_ELEMENTS (sample_families); f++)
    {
      const SampleFamily *family = &sample_families[f];

      for (guint v = 0; v < G_N_ELEMENTS (family->variants) && family->variants[v] != NULL; v++)
        {
          g_autoptr(CptItem) item = cpt_item_new ();
          g_autofree char *name = g_strdup_printf ("%s %s", family->name, family->variants[v]);
          g_autofree char *sku = g_strdup_printf ("%s-%02u", family->code, v + 1);

          cpt_item_set_name (item, name);
          cpt_item_set_sku (item, sku);
          cpt_item_set_unit (item, family->unit);
          /* Finer finishes cost a little more. */
          cpt_item_set_rate (item, family->rate + (gint64) v * (family->rate / 10 / 100) * 100);
          cpt_item_set_tax_id (item, family->reduced_vat ? context->tax_reduced : context->tax_standard);
          cpt_item_set_reorder_level (item, family->rate < 2000 ? 20000 : 3000);
          if (!add_item (db, context, item, context->goods_ids, error))
            return FALSE;
        }
    }

  for (guint s = 0; s < G_N_ELEMENTS (sample_services); s++)
    {
      g_autoptr(CptItem) item = cpt_item_new ();

      cpt_item_set_kind (item, CPT_ITEM_KIND_SERVICE);
      cpt_item_set_name (item, sample_services[s].name);
      cpt_item_set_sku (item, sample_services[s].sku);
      cpt_item_set_unit (item, sample_services[s].unit);
      cpt_item_set_rate (item, sample_services[s].rate);
      cpt_item_set_tax_id (item, context->tax_standard);
      cpt_item_set_description (item, sample_services[s].description);
      if (!add_item (db, context, item, context->service_ids, error))
        return FALSE;
    }

  return TRUE;
}

/* A second warehouse, then the opening stock of both; a few items are left
 * empty so the demo shows « Rupture » and « À réapprovisionner ». */
static gboolean
load_stock (CptDatabase       *db,
            CptSampleContext  *context,
            GError           **error)
{
  g_autoptr(CptWarehouse) second = cpt_warehouse_new ();
  g_autoptr(CptWarehouse) main_warehouse = cpt_warehouse_service_get_default (db, error);
  g_autoptr(CptAddress) address = NULL;

  if (main_warehouse == NULL)
    return FALSE;

  address = cpt_address_new ("27 rue Francis de Pressensé", NULL, "69100", "Villeurbanne", "France");
  cpt_warehouse_set_name (second, "Dépôt de Villeurbanne");
  cpt_warehouse_set_address (second, address);
  if (!cpt_warehouse_service_create (db, second, error))
    return FALSE;

  context->warehouses[0] = cpt_warehouse_get_id (main_warehouse);
  context->warehouses[1] = cpt_warehouse_get_id (second);

  for (guint i = 0; i < context->goods_ids->len; i++)
    {
      gint64 item = g_array_index (context->goods_ids, gint64, i);
      gint64 main_units = g_rand_int_range (context->rand, 25, 90);
      gint64 second_units = g_rand_int_range (context->rand, 5, 30);

      if (i % 11 == 5)
        main_units = second_units = 0;
      if (main_units > 0 &&
          !cpt_item_service_adjust_stock (db, item, context->warehouses[0], main_units * 1000,
                                          "Stock initial", error))
        return FALSE;
      if (second_units > 0 &&
          !cpt_item_service_adjust_stock (db, item, context->warehouses[1], second_units * 1000,
                                          "Stock initial", error))
        return FALSE;
    }

  return TRUE;
}

/* The taxes the demo prices with: the default (20 %) and 5,5 % for books,
 * found by rate so a file whose taxes were renamed still works. */
static gboolean
find_taxes (CptDatabase       *db,
            CptSampleContext  *context,
            GError           **error)
{
  g_autoptr(GPtrArray) taxes = cpt_tax_service_list (db, FALSE, error);
  g_autoptr(CptTax) standard = NULL;

  if (taxes == NULL)
    return FALSE;

  standard = cpt_tax_service_get_default (db, error);
  if (standard == NULL)
    return FALSE;
  context->tax_standard = cpt_tax_get_id (standard);
  context->tax_reduced = context->tax_standard;

  for (guint i = 0; i < taxes->len; i++)
    {
      CptTax *tax = g_ptr_array_index (taxes, i);

      if (cpt_tax_get_rate (tax) == 550)
        context->tax_reduced = cpt_tax_get_id (tax);
    }

  return TRUE;
}

static gboolean
check_empty (CptDatabase  *db,
             GError      **error)
{
  gboolean used = FALSE;

  if (!cpt_database_exists (db,
                            "SELECT 1 WHERE ?1 = 0 AND (EXISTS (SELECT 1 FROM customers)"
                            " OR EXISTS (SELECT 1 FROM items) OR EXISTS (SELECT 1 FROM sales_orders))",
                            0, &used, error))
    return FALSE;

  if (used)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("Sample data can only be loaded into an empty file: this one already "
                             "has customers, items or orders."));
      return FALSE;
    }

  return TRUE;
}

/* The parts of the demo, in order. */
static const CptSampleStep steps[] = {
  find_taxes,
  load_company,
  load_customers,
  load_items,
  load_stock,
  cpt_sample_data_load_orders,
  cpt_sample_data_load_lifecycle,
};

/**
 * cpt_sample_data_load:
 *
 * Fills an empty file with a demo company (« Atelier Lumière », a SARL in
 * Lyon), 30 customers, 60 items in two warehouses with their stock, and
 * about 150 orders in every state (shipped, invoiced, paid, credited…), all through the store services (so the
 * demo obeys every rule) and in one transaction: all or nothing. Refused
 * (CPT_ERROR_STATE) when the file already has customers, items or orders.
 */
gboolean
cpt_sample_data_load (CptDatabase  *db,
                      GError      **error)
{
  CptSampleContext context = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (CPT_IS_DATABASE (db), FALSE);

  if (!cpt_database_begin (db, error))
    return FALSE;
  if (!check_empty (db, error))
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  context.rand = g_rand_new_with_seed (20261128);
  context.today = cpt_sample_context_date (&context, 0);
  context.customer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  context.goods_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  context.service_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  context.confirmed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; ok && i < G_N_ELEMENTS (steps); i++)
    ok = steps[i] (db, &context, error);

  g_rand_free (context.rand);
  g_free (context.today);
  g_array_unref (context.customer_ids);
  g_array_unref (context.goods_ids);
  g_array_unref (context.service_ids);
  g_array_unref (context.confirmed_ids);

  if (!ok)
    {
      cpt_database_rollback (db);
      return FALSE;
    }

  return cpt_database_commit (db, error);
}
