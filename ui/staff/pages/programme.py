"""The programme page: earning, expiry, tiers and promotions in plain words with units, saved as a
new version from now on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.config import ProgrammeConfig, PromotionConfig, TierConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.services import programme
from ui.screens.base import button, label, set_text
from ui.staff import formats
from ui.staff.controls import fill, parse_day, parse_moment, table
from ui.staff.host import StaffHost
from ui.staff.page import AMOUNT, CODE, DIGITS, TEXT, StaffPage, field, form, heading

SCALARS = (
    ("points_per_unit", AMOUNT), ("percent_back", AMOUNT), ("point_value_minor", AMOUNT),
    ("points_expire_days", DIGITS), ("tier_window_days", DIGITS),
    ("birthday_bonus_points", DIGITS), ("voucher_validity_days", DIGITS),
)
MONEY_SCALARS = ("point_value_minor",)  # shown and typed as money, stored in minor units


def current_rules(ctx: Context) -> tuple[ProgrammeConfig, list[Any]]:
    """The rules in force now and the saved versions, newest first."""
    return programme.effective_programme(ctx), programme.programme_history(ctx, 10)


def _with_unit(widget: QWidget, unit: QLabel) -> QHBoxLayout:
    """A field followed by what its number means (days, points, £, %)."""
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(widget, 1)
    row.addWidget(unit, 1)
    return row


class TierCard(QFrame):
    """One tier as a small form: name, from what spend (or points), points multiplier, benefits."""

    def __init__(self, remove: Any) -> None:
        super().__init__()
        self.setProperty("kind", "card")
        self.name = field(TEXT, max_length=40)
        self.threshold = field(AMOUNT, max_length=12)
        self.multiplier = field(AMOUNT, max_length=6)
        self.benefits = field(TEXT, max_length=200)
        self.name_label, self.threshold_label = label(), label()
        self.multiplier_label, self.benefits_label = label(), label()
        self.threshold_unit, self.multiplier_unit = label("muted"), label("muted")
        self.remove_button = button("small")
        self.remove_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.remove_button.clicked.connect(lambda: remove(self))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.remove_button)
        rows = form()
        rows.addRow(self.name_label, name_row)
        rows.addRow(self.threshold_label, _with_unit(self.threshold, self.threshold_unit))
        rows.addRow(self.multiplier_label, _with_unit(self.multiplier, self.multiplier_unit))
        rows.addRow(self.benefits_label, self.benefits)
        self.setLayout(rows)


class PromotionCard(QFrame):
    """One promotion with its dates, extra points, categories and minimum spend, each labelled."""

    def __init__(self, remove: Any) -> None:
        super().__init__()
        self.setProperty("kind", "card")
        self.name = field(TEXT, max_length=80)
        self.starts = field(CODE, max_length=10)
        self.ends = field(CODE, max_length=10)
        self.multiplier = field(AMOUNT, max_length=6)
        self.bonus = field(DIGITS, max_length=7)
        self.categories = field(TEXT, max_length=200)
        self.min_spend = field(AMOUNT, max_length=12)
        self.stores = field(CODE, max_length=400)  # shop codes, comma-separated
        self.labels = {key: label() for key in ("name", "starts", "ends", "multiplier", "bonus",
                                                  "categories", "min_spend", "stores")}
        self.multiplier_unit, self.bonus_unit = label("muted"), label("muted")
        self.min_spend_unit = label("muted")
        self.remove_button = button("small")
        self.remove_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.remove_button.clicked.connect(lambda: remove(self))
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.remove_button)
        dates = QHBoxLayout()
        dates.addWidget(self.starts, 1)
        dates.addWidget(self.labels["ends"])
        dates.addWidget(self.ends, 1)
        rows = form()
        rows.addRow(self.labels["name"], name_row)
        rows.addRow(self.labels["starts"], dates)
        rows.addRow(self.labels["multiplier"], _with_unit(self.multiplier, self.multiplier_unit))
        rows.addRow(self.labels["bonus"], _with_unit(self.bonus, self.bonus_unit))
        rows.addRow(self.labels["categories"], self.categories)
        rows.addRow(self.labels["min_spend"], _with_unit(self.min_spend, self.min_spend_unit))
        rows.addRow(self.labels["stores"], self.stores)
        self.setLayout(rows)


class ProgrammePage(StaffPage):
    """The rules in plain words with units; Save writes a new version, old points stay as earned."""

    permission = "programme"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.rules: ProgrammeConfig | None = None
        self.title = heading()
        self.mode_buttons: dict[str, Any] = {}
        self.basis_buttons: dict[str, Any] = {}
        modes, bases = QHBoxLayout(), QHBoxLayout()
        for name in ("per_unit", "percent_back"):
            self.mode_buttons[name] = self._toggle(modes, lambda n=name: self._set_mode(n))
        for name in ("spend", "credits"):
            self.basis_buttons[name] = self._toggle(bases, lambda n=name: self._set_basis(n))
        self.scalars = {name: field(kind, max_length=10) for name, kind in SCALARS}
        self.units = {name: label("muted") for name, _kind in SCALARS}
        self.labels: dict[str, Any] = {}
        self.rows = form()
        for key, widget in (("earn_mode", modes),
                            *((n, _with_unit(self.scalars[n], self.units[n])) for n, _ in SCALARS),
                            ("tier_basis", bases)):
            self.labels[key] = label()
            self.rows.addRow(self.labels[key], widget)
        self.tiers_title = label("subtitle")
        self.tier_rows: list[TierCard] = []
        self.tiers_box = QVBoxLayout()
        self.add_tier = button("small")
        self.add_tier.clicked.connect(lambda: self._add_tier(None))
        self.promos_title = label("subtitle")
        self.promo_rows: list[PromotionCard] = []
        self.promos_box = QVBoxLayout()
        self.add_promo = button("small")
        self.add_promo.clicked.connect(lambda: self._add_promotion(None))
        tier_buttons, promo_buttons = QHBoxLayout(), QHBoxLayout()
        for row, widget in ((tier_buttons, self.add_tier), (promo_buttons, self.add_promo)):
            row.addWidget(widget)
            row.addStretch(1)
        self.note_field = field(TEXT, max_length=300)
        self.from_field = field("code", max_length=10)
        save_rows = form()
        self.note_label, self.from_label = label(), label()
        save_rows.addRow(self.note_label, self.note_field)
        save_rows.addRow(self.from_label, self.from_field)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self._save)
        self.history_title = label("subtitle")
        self.history = table(4)
        self.history.setMaximumHeight(200)
        for widget in (self.title, self.status):
            self.body.addWidget(widget)
        self.body.addLayout(self.rows)
        self.body.addWidget(self.tiers_title)
        self.body.addLayout(self.tiers_box)
        self.body.addLayout(tier_buttons)
        self.body.addWidget(self.promos_title)
        self.body.addLayout(self.promos_box)
        self.body.addLayout(promo_buttons)
        self.body.addLayout(save_rows)
        self.body.addWidget(self.save_button)
        self.body.addWidget(self.history_title)
        self.body.addWidget(self.history)
        self.clear()

    def _toggle(self, row: QHBoxLayout, action: Any) -> Any:
        choice = button("toggle")
        choice.setCheckable(True)
        choice.clicked.connect(lambda _=False: action())
        row.addWidget(choice)
        return choice

    def _add_tier(self, tier: TierConfig | None) -> TierCard:
        card = TierCard(self._remove_tier)
        if tier is not None:
            spend = self.basis == "spend"
            card.name.setText(tier.name)
            card.threshold.setText(formats.plain_amount(self.desk, tier.threshold) if spend
                                   else str(tier.threshold))
            card.multiplier.setText(str(tier.multiplier))
            card.benefits.setText(tier.benefits)
            card.benefits.setCursorPosition(0)  # a long text shows its beginning
        self.tier_rows.append(card)
        self.tiers_box.addWidget(card)
        self._retranslate_rows()
        return card

    def _remove_tier(self, card: TierCard) -> None:
        self.tier_rows.remove(card)
        self.tiers_box.removeWidget(card)
        card.hide()  # gone at once, not when the event loop next deletes it
        card.setParent(None)  # type: ignore[call-overload]
        card.deleteLater()

    def _add_promotion(self, promotion: PromotionConfig | None) -> PromotionCard:
        card = PromotionCard(self._remove_promotion)
        if promotion is not None:
            card.name.setText(promotion.name)
            card.starts.setText(f"{promotion.starts:%d.%m.%Y}")  # typed back as DD.MM.YYYY
            card.ends.setText(f"{promotion.ends:%d.%m.%Y}")
            card.multiplier.setText(str(promotion.multiplier))
            card.bonus.setText(str(promotion.bonus_points))
            card.categories.setText(", ".join(promotion.categories))
            card.min_spend.setText(formats.plain_amount(self.desk, promotion.min_spend))
            card.stores.setText(", ".join(promotion.stores))
        self.promo_rows.append(card)
        self.promos_box.addWidget(card)
        self._retranslate_rows()
        return card

    def _remove_promotion(self, card: PromotionCard) -> None:
        self.promo_rows.remove(card)
        self.promos_box.removeWidget(card)
        card.hide()
        card.setParent(None)  # type: ignore[call-overload]
        card.deleteLater()

    def _clear_rows(self) -> None:
        for card in list(self.tier_rows):
            self._remove_tier(card)
        for promotion in list(self.promo_rows):
            self._remove_promotion(promotion)

    # --- showing --------------------------------------------------------------------------------

    def opened(self) -> None:
        self.run(current_rules, on_done=self._show)

    def _show(self, loaded: tuple[ProgrammeConfig, list[Any]]) -> None:
        rules, versions = loaded
        self.rules = rules
        self._set_mode(rules.earn_mode)
        self._set_basis(rules.tier_basis)
        for name, _kind in SCALARS:
            value = getattr(rules, name)
            self.scalars[name].setText(formats.plain_amount(self.desk, value)
                                       if name in MONEY_SCALARS else str(value))
        self._clear_rows()
        for tier in rules.tiers:
            self._add_tier(tier)
        for promotion in rules.promotions:
            self._add_promotion(promotion)
        fill(self.history, [(formats.moment(self.desk, v.effective_from), v.staff or "", v.note,
                             formats.moment(self.desk, v.created_at)) for v in versions])
        self.retranslate()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        for name, choice in self.mode_buttons.items():
            choice.setChecked(name == mode)
        self.rows.setRowVisible(self.labels["points_per_unit"], mode == "per_unit")
        self.rows.setRowVisible(self.labels["percent_back"], mode == "percent_back")

    def _set_basis(self, basis: str) -> None:
        self.basis = basis
        for name, choice in self.basis_buttons.items():
            choice.setChecked(name == basis)
        self._retranslate_rows()

    # --- saving ---------------------------------------------------------------------------------

    def _read(self) -> ProgrammeConfig:
        assert self.rules is not None
        spend = self.basis == "spend"

        def number(text: str, what: str) -> Decimal:
            try:
                return Decimal(text.strip().replace(",", "."))
            except InvalidOperation:
                raise InvalidInput(f"{what}: {text!r} is not a number.", "rules_invalid") from None

        def day(text: str, what: str) -> date:
            try:
                found = parse_day(text)
            except ValueError:
                found = None
            if found is None:
                raise InvalidInput(f"{what}: {text!r} is not a date (DD.MM.YYYY).",
                                   "rules_invalid") from None
            return found

        tiers = []
        for card in self.tier_rows:
            name = card.name.text().strip()
            threshold_text = card.threshold.text().strip() or "0"
            threshold = (self.amount(threshold_text) if spend
                         else int(number(threshold_text, name)))
            tiers.append(TierConfig(name, threshold,
                                    number(card.multiplier.text() or "1", name),
                                    card.benefits.text().strip()))
        promotions = []
        for promo in self.promo_rows:
            name = promo.name.text().strip()
            categories = [c.strip() for c in promo.categories.text().split(",") if c.strip()]
            promotions.append(PromotionConfig(
                name=name,
                starts=day(promo.starts.text(), name),
                ends=day(promo.ends.text(), name),
                multiplier=number(promo.multiplier.text() or "1", name),
                bonus_points=int(number(promo.bonus.text() or "0", name)),
                categories=categories,
                min_spend=self.amount(promo.min_spend.text().strip() or "0"),
                stores=tuple(c.strip().upper() for c in promo.stores.text().split(",")
                             if c.strip()),
            ))
        values: dict[str, Any] = {}
        for name, kind in SCALARS:
            text = self.scalars[name].text().strip()
            if name in MONEY_SCALARS:
                values[name] = self.amount(text)
            else:
                values[name] = number(text, name) if kind == AMOUNT else int(number(text, name))
        return replace(self.rules, earn_mode=self.mode, tier_basis=self.basis, tiers=tiers,
                       promotions=promotions, **values)

    def _save(self) -> None:
        try:
            rules = self._read()
            effective = parse_moment(self.from_field.text())
        except InvalidInput as problem:
            self.show_problem(problem)
            return
        except ValueError:
            self.set_status(self.tr("Type the start date as DD.MM.YYYY, or leave it empty."),
                            "warning")
            return
        self.run(programme.save_programme, rules, self.note_field.text(), effective,
                 on_done=self._saved)

    def _saved(self, _version: int) -> None:
        self.desk.refresh_context()
        self.note_field.clear()
        self.from_field.clear()
        self.show_done(self.tr("Saved. The new rules apply from now on (or the date given); "
                               "points already earned stay as they are."))
        self.opened()

    # --- texts ----------------------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("Programme rules")

    def _retranslate_rows(self) -> None:
        sign = formats.currency_sign(self.desk)
        spend = getattr(self, "basis", "spend") == "spend"
        for card in self.tier_rows:
            card.name_label.setText(self.tr("Tier"))
            card.threshold_label.setText(self.tr("From"))
            card.threshold_unit.setText(sign + " " + self.tr("spent") if spend
                                        else self.tr("points earned"))
            card.multiplier_label.setText(self.tr("Points"))
            card.multiplier_unit.setText(self.tr("× the usual points"))
            card.benefits_label.setText(self.tr("Benefits"))
            set_text(card.remove_button, self.tr("Remove this tier"))
            for edit, text in ((card.name, self.tr("Tier name")),
                               (card.threshold, self.tr("Tier starts from")),
                               (card.multiplier, self.tr("Points multiplier")),
                               (card.benefits, self.tr("Benefits"))):
                edit.setAccessibleName(text)
        for promo in self.promo_rows:
            captions = {"name": self.tr("Name"), "starts": self.tr("From"),
                        "ends": self.tr("Until"), "multiplier": self.tr("Points"),
                        "bonus": self.tr("Bonus"), "categories": self.tr("Categories"),
                        "min_spend": self.tr("Minimum spend"), "stores": self.tr("Shops")}
            for key, caption in captions.items():
                promo.labels[key].setText(caption)
            promo.multiplier_unit.setText(self.tr("× the usual points"))
            promo.bonus_unit.setText(self.tr("points"))
            promo.min_spend_unit.setText(sign)
            promo.starts.setPlaceholderText(self.tr("DD.MM.YYYY"))
            promo.ends.setPlaceholderText(self.tr("DD.MM.YYYY"))
            promo.categories.setPlaceholderText(self.tr("empty: every purchase"))
            promo.stores.setPlaceholderText(self.tr("shop codes; empty: every shop"))
            set_text(promo.remove_button, self.tr("Remove this promotion"))
            for key, edit in (("name", promo.name), ("starts", promo.starts),
                              ("ends", promo.ends), ("multiplier", promo.multiplier),
                              ("bonus", promo.bonus), ("categories", promo.categories),
                              ("min_spend", promo.min_spend), ("stores", promo.stores)):
                edit.setAccessibleName(captions[key])

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Programme rules"))
        sign = formats.currency_sign(self.desk)
        one_unit = formats.money(self.desk, 10 ** self.desk.ctx.config.store.minor_digits)
        captions = {
            "earn_mode": self.tr("Earning"),
            "points_per_unit": self.tr("For each %1 spent").replace("%1", one_unit),
            "percent_back": self.tr("Given back as points"),
            "point_value_minor": self.tr("One point is worth"),
            "points_expire_days": self.tr("Points expire after"),
            "tier_window_days": self.tr("Tiers count the last"),
            "birthday_bonus_points": self.tr("Birthday present"),
            "voucher_validity_days": self.tr("Vouchers are valid for"),
            "tier_basis": self.tr("Tiers count"),
        }
        units = {
            "points_per_unit": self.tr("points"),
            "percent_back": self.tr("% of the purchase"),
            "point_value_minor": sign,
            "points_expire_days": self.tr("days (0: never)"),
            "tier_window_days": self.tr("days"),
            "birthday_bonus_points": self.tr("points"),
            "voucher_validity_days": self.tr("days"),
        }
        for key, caption in self.labels.items():
            caption.setText(captions[key])
        for name, edit in self.scalars.items():
            edit.setAccessibleName(captions[name])
            self.units[name].setText(units[name])
        set_text(self.mode_buttons["per_unit"], self.tr("Points per amount"))
        set_text(self.mode_buttons["percent_back"], self.tr("Percent back"))
        set_text(self.basis_buttons["spend"], self.tr("Spend"))
        set_text(self.basis_buttons["credits"], self.tr("Points earned"))
        set_text(self.tiers_title, self.tr("Tiers (the first starts at 0)"))
        set_text(self.promos_title, self.tr("Promotions"))
        set_text(self.add_tier, self.tr("Add tier"))
        set_text(self.add_promo, self.tr("Add promotion"))
        self._retranslate_rows()
        self.note_label.setText(self.tr("Why"))
        self.note_field.setAccessibleName(self.tr("Why the rules change"))
        self.from_label.setText(self.tr("From"))
        self.from_field.setAccessibleName(self.tr("Rules apply from"))
        self.from_field.setPlaceholderText(self.tr("DD.MM.YYYY, empty: now"))
        set_text(self.save_button, self.tr("Save the rules"))
        set_text(self.history_title, self.tr("Earlier versions"))
        self.history.setHorizontalHeaderLabels([self.tr("From"), self.tr("By"),
                                                self.tr("Why"), self.tr("Saved")])

    def clear(self) -> None:
        super().clear()
        self.rules = None
        self.mode, self.basis = "per_unit", "spend"
        self._clear_rows()
        self.history.setRowCount(0)
        self.note_field.clear()
        self.from_field.clear()
        self.retranslate()
