"""The programme page: earning, expiry, tiers and promotions, saved as a new version from now on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableWidgetItem

from kiosk.config import ProgrammeConfig, PromotionConfig, TierConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.services import programme
from ui.screens.base import button, label, set_text
from ui.staff.controls import fill, parse_day, parse_moment, table
from ui.staff.host import StaffHost
from ui.staff.page import AMOUNT, DIGITS, TEXT, StaffPage, field, form, heading

SCALARS = (
    ("points_per_unit", AMOUNT), ("percent_back", AMOUNT), ("point_value_minor", DIGITS),
    ("points_expire_days", DIGITS), ("tier_window_days", DIGITS),
    ("birthday_bonus_points", DIGITS), ("voucher_validity_days", DIGITS),
)


def current_rules(ctx: Context) -> tuple[ProgrammeConfig, list[Any]]:
    """The rules in force now and the saved versions, newest first."""
    return programme.effective_programme(ctx), programme.programme_history(ctx, 10)


class ProgrammePage(StaffPage):
    """The rules as a form and two tables; Save writes a new version, old points stay as earned."""

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
        self.labels: dict[str, Any] = {}
        self.rows = form()
        for key, widget in (("earn_mode", modes), *((n, self.scalars[n]) for n, _ in SCALARS),
                            ("tier_basis", bases)):
            self.labels[key] = label()
            self.rows.addRow(self.labels[key], widget)
        self.tiers_title = label("subtitle")
        self.tiers = table(4)
        self.tiers.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_tier = button("small")
        self.add_tier.clicked.connect(lambda: self._add_row(self.tiers))
        self.remove_tier = button("small")
        self.remove_tier.clicked.connect(lambda: self._remove_row(self.tiers))
        self.promos_title = label("subtitle")
        self.promos = table(7)
        self.promos.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_promo = button("small")
        self.add_promo.clicked.connect(lambda: self._add_row(self.promos))
        self.remove_promo = button("small")
        self.remove_promo.clicked.connect(lambda: self._remove_row(self.promos))
        tier_buttons, promo_buttons = QHBoxLayout(), QHBoxLayout()
        for row, buttons in ((tier_buttons, (self.add_tier, self.remove_tier)),
                             (promo_buttons, (self.add_promo, self.remove_promo))):
            for widget in buttons:
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
        for widget in (self.tiers_title, self.tiers):
            self.body.addWidget(widget)
        self.body.addLayout(tier_buttons)
        for widget in (self.promos_title, self.promos):
            self.body.addWidget(widget)
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

    # --- showing --------------------------------------------------------------------------------

    def opened(self) -> None:
        self.run(current_rules, on_done=self._show)

    def _show(self, loaded: tuple[ProgrammeConfig, list[Any]]) -> None:
        rules, versions = loaded
        self.rules = rules
        self._set_mode(rules.earn_mode)
        self._set_basis(rules.tier_basis)
        for name, _kind in SCALARS:
            self.scalars[name].setText(str(getattr(rules, name)))
        spend = rules.tier_basis == "spend"
        fill(self.tiers, [(t.name, self.money(t.threshold, symbol=False) if spend else t.threshold,
                           str(t.multiplier), t.benefits) for t in rules.tiers])
        fill(self.promos, [(p.name, f"{p.starts:%d.%m.%Y}", f"{p.ends:%d.%m.%Y}",
                            str(p.multiplier), p.bonus_points, ", ".join(p.categories),
                            self.money(p.min_spend, symbol=False)) for p in rules.promotions])
        fill(self.history, [(v.effective_from, v.staff or "", v.note, v.created_at)
                            for v in versions])
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

    def _add_row(self, widget: Any) -> None:
        widget.insertRow(widget.rowCount())
        for column in range(widget.columnCount()):
            widget.setItem(widget.rowCount() - 1, column, QTableWidgetItem(""))

    def _remove_row(self, widget: Any) -> None:
        rows = widget.selectionModel().selectedRows()
        if rows:
            widget.removeRow(rows[0].row())
        else:
            self.set_status(self.tr("Touch a row first, then remove it."), "warning")

    # --- saving ---------------------------------------------------------------------------------

    def _cell(self, widget: Any, row: int, column: int) -> str:
        item = widget.item(row, column)
        return item.text().strip() if item is not None else ""

    def _read(self) -> ProgrammeConfig:
        assert self.rules is not None
        spend = self.basis == "spend"

        def number(text: str, what: str) -> Decimal:
            try:
                return Decimal(text.replace(",", "."))
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
        for row in range(self.tiers.rowCount()):
            name = self._cell(self.tiers, row, 0)
            threshold_text = self._cell(self.tiers, row, 1) or "0"
            threshold = (self.amount(threshold_text) if spend
                         else int(number(threshold_text, name)))
            tiers.append(TierConfig(name, threshold,
                                    number(self._cell(self.tiers, row, 2) or "1", name),
                                    self._cell(self.tiers, row, 3)))
        promotions = []
        for row in range(self.promos.rowCount()):
            name = self._cell(self.promos, row, 0)
            categories = [c.strip() for c in self._cell(self.promos, row, 5).split(",")
                          if c.strip()]
            promotions.append(PromotionConfig(
                name=name,
                starts=day(self._cell(self.promos, row, 1), name),
                ends=day(self._cell(self.promos, row, 2), name),
                multiplier=number(self._cell(self.promos, row, 3) or "1", name),
                bonus_points=int(number(self._cell(self.promos, row, 4) or "0", name)),
                categories=categories,
                min_spend=self.amount(self._cell(self.promos, row, 6) or "0"),
            ))
        values: dict[str, Any] = {}
        for name, kind in SCALARS:
            text = self.scalars[name].text().strip()
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

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Programme rules"))
        captions = {
            "earn_mode": self.tr("Earning"), "points_per_unit": self.tr("Points per 1.00"),
            "percent_back": self.tr("Percent back"), "point_value_minor": self.tr(
                "Point value (minor units)"),
            "points_expire_days": self.tr("Points expire after (days, 0: never)"),
            "tier_window_days": self.tr("Tier window (days)"),
            "birthday_bonus_points": self.tr("Birthday bonus (points)"),
            "voucher_validity_days": self.tr("Vouchers valid for (days)"),
            "tier_basis": self.tr("Tiers count"),
        }
        for key, caption in self.labels.items():
            caption.setText(captions[key])
        for name, edit in self.scalars.items():
            edit.setAccessibleName(captions[name])
        set_text(self.mode_buttons["per_unit"], self.tr("Points per amount"))
        set_text(self.mode_buttons["percent_back"], self.tr("Percent back"))
        set_text(self.basis_buttons["spend"], self.tr("Spend"))
        set_text(self.basis_buttons["credits"], self.tr("Points earned"))
        set_text(self.tiers_title, self.tr("Tiers (the first starts at 0)"))
        self.tiers.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Threshold"),
                                              self.tr("Multiplier"), self.tr("Benefits")])
        set_text(self.promos_title, self.tr("Promotions"))
        self.promos.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("From"), self.tr("Until"), self.tr("Multiplier"),
            self.tr("Bonus points"), self.tr("Categories"), self.tr("Minimum spend")])
        for widget, text in ((self.add_tier, self.tr("Add tier")),
                             (self.remove_tier, self.tr("Remove tier")),
                             (self.add_promo, self.tr("Add promotion")),
                             (self.remove_promo, self.tr("Remove promotion"))):
            set_text(widget, text)
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
        for widget in (self.tiers, self.promos, self.history):
            widget.setRowCount(0)
        self.note_field.clear()
        self.from_field.clear()
        self.retranslate()
