"""The catalogue page: rewards (cost, tier, stock, validity, dates, image, names) and causes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.services import catalogue
from kiosk.services.catalogue import CauseFields, RewardFields
from kiosk.services.catalogue_lists import catalogue_lists
from kiosk.services.stores import store_codes
from ui.screens.base import button, card_frame, label, set_text
from ui.staff import formats
from ui.staff.controls import ArmedButton, fill, parse_moment, table
from ui.staff.host import StaffHost
from ui.staff.page import CODE, DIGITS, TEXT, StaffPage, field, form, heading
from ui.staff.picture_picker import PicturePicker

TRANSLATED = ("tr", "ru")


def _show_day(moment: datetime | date | None) -> str:
    return f"{moment:%d.%m.%Y}" if moment else ""


def _open_shops(_ctx: object) -> list[str]:
    """The chain's open shops, for the Shops choice."""
    return store_codes()


def _with_shops(state: str, stores: tuple[str, ...]) -> str:
    return f"{state} · {', '.join(stores)}" if stores else state


def _number(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


class CataloguePage(StaffPage):
    """Pick a row to edit it, or start a new one; changes apply to vouchers issued from now on."""

    permission = "catalogue"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.kind = "rewards"
        self.rewards: list[Any] = []
        self.causes: list[Any] = []
        self.editing: int | None = None
        self.title = heading()
        self.rewards_button = button("toggle")
        self.rewards_button.setCheckable(True)
        self.rewards_button.clicked.connect(lambda: self.show_kind("rewards"))
        self.causes_button = button("toggle")
        self.causes_button.setCheckable(True)
        self.causes_button.clicked.connect(lambda: self.show_kind("causes"))
        self.new_button = button("")
        self.new_button.clicked.connect(self._new)
        kinds = QHBoxLayout()
        kinds.addWidget(self.rewards_button)
        kinds.addWidget(self.causes_button)
        kinds.addWidget(self.new_button)
        self.items = table(5)
        self.items.setMaximumHeight(240)
        self.items.itemSelectionChanged.connect(self._picked)
        self.name_field = field(TEXT, max_length=120)
        self.description_field = field(TEXT, max_length=500)
        self.cost_field = field(DIGITS, max_length=7)
        self.stock_field = field(DIGITS, max_length=7)
        self.validity_field = field(DIGITS, max_length=4)
        self.from_field = field(CODE, max_length=10)
        self.until_field = field(CODE, max_length=10)
        self.picture = PicturePicker(columns=4)
        self.tier_buttons: dict[str, Any] = {}
        self.min_tier = ""
        tiers = QHBoxLayout()
        for name in ["", *(tier.name for tier in desk.ctx.config.programme.tiers[1:])]:
            choice = button("toggle")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, n=name: self._set_tier(n))
            tiers.addWidget(choice)
            self.tier_buttons[name] = choice
        self.name_fields = {lang: field(TEXT, max_length=120) for lang in TRANSLATED}
        self.shop_codes: list[str] = []
        self.chosen_stores: set[str] = set()
        self.shop_buttons: dict[str, Any] = {}
        self.shops_row = QHBoxLayout()
        self.all_shops_button = button("toggle")
        self.all_shops_button.setCheckable(True)
        self.all_shops_button.clicked.connect(lambda: self._set_stores(()))
        self.shops_row.addWidget(self.all_shops_button)
        self.labels: dict[str, Any] = {}
        self.rows = form()
        for key, widget in (
            ("name", self.name_field), ("description", self.description_field),
            ("cost", self.cost_field), ("tier", tiers), ("stock", self.stock_field),
            ("validity", self.validity_field), ("from", self.from_field),
            ("until", self.until_field), ("image", self.picture),
            *((f"name_{lang}", self.name_fields[lang]) for lang in TRANSLATED),
            ("stores", self.shops_row),
        ):
            self.labels[key] = label()
            self.rows.addRow(self.labels[key], widget)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self._save)
        self.active_button = ArmedButton(self._active_text, self._active_armed_text,
                                         self._toggle_active)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button, 2)
        actions.addWidget(self.active_button.widget, 1)
        self.editor = card_frame()
        editor_layout = QVBoxLayout(self.editor)
        self.editor_title = label("subtitle")
        editor_layout.addWidget(self.editor_title)
        editor_layout.addLayout(self.rows)
        editor_layout.addLayout(actions)
        self.body.addWidget(self.title)
        self.body.addLayout(kinds)
        self.body.addWidget(self.status)
        self.body.addWidget(self.items)
        self.body.addWidget(self.editor)
        self.body.addStretch(1)
        self.clear()

    # --- loading --------------------------------------------------------------------------------

    def opened(self) -> None:
        self.picture.reload()
        self.load()

    def load(self) -> None:
        self.run(catalogue_lists, on_done=self._loaded)
        self.run(_open_shops, on_done=self._shops_loaded)

    def _shops_loaded(self, codes: list[str]) -> None:
        self.shop_codes = list(codes)
        self._shop_chips()

    def _shop_chips(self) -> None:
        """One chip per shop (and per shop the item names that has closed since)."""
        wanted = sorted({*self.shop_codes, *self.chosen_stores})
        if list(self.shop_buttons) != wanted:
            for chip in self.shop_buttons.values():
                self.shops_row.removeWidget(chip)
                chip.deleteLater()
            self.shop_buttons = {}
            for code in wanted:
                chip = button("toggle")
                chip.setCheckable(True)
                chip.setText(code)
                chip.clicked.connect(lambda _=False, c=code: self._toggle_store(c))
                self.shops_row.addWidget(chip)
                self.shop_buttons[code] = chip
        for code, chip in self.shop_buttons.items():
            chip.setChecked(code in self.chosen_stores)
        self.all_shops_button.setChecked(not self.chosen_stores)
        # one shop and nothing limited: the choice means nothing, so it is not shown
        self.rows.setRowVisible(self.labels["stores"], len(wanted) > 1 or bool(self.chosen_stores))

    def _set_stores(self, codes: tuple[str, ...] | list[str]) -> None:
        self.chosen_stores = set(codes)
        self._shop_chips()

    def _toggle_store(self, code: str) -> None:
        self.chosen_stores ^= {code}
        self._shop_chips()

    def _loaded(self, lists: tuple[list[Any], list[Any]]) -> None:
        self.rewards, self.causes = lists
        self.show_kind(self.kind)

    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self.rewards_button.setChecked(kind == "rewards")
        self.causes_button.setChecked(kind == "causes")
        self.items.clearSelection()
        if kind == "rewards":
            self.items.setColumnCount(5)
            fill(self.items, [(r.name, r.cost, r.min_tier or "–", self._stock(r.stock),
                               _with_shops(self._state(r.active, r.active_from, r.active_until),
                                           r.stores))
                              for r in self.rewards])
        else:
            self.items.setColumnCount(3)
            fill(self.items, [(c.name, c.description,
                               _with_shops(self._state(c.active, None, None), c.stores))
                              for c in self.causes])
        self._new(quiet=True)

    def _picked(self) -> None:
        selected = self.items.selectionModel().selectedRows()
        if not selected:
            return
        index = selected[0].row()
        rows = self.rewards if self.kind == "rewards" else self.causes
        if index >= len(rows):
            return
        self.editing = rows[index].id
        if self.kind == "rewards":
            self.run(lambda ctx, rid: catalogue.reward_fields(rid), self.editing,
                     on_done=self._show_reward)
        else:
            self.run(lambda ctx, cid: catalogue.cause_fields(cid), self.editing,
                     on_done=self._show_cause)

    def _show_reward(self, fields: RewardFields) -> None:
        self.name_field.setText(fields.name)
        self.description_field.setText(fields.description)
        self.cost_field.setText(str(fields.cost))
        self.stock_field.setText("" if fields.stock is None else str(fields.stock))
        self.validity_field.setText("" if fields.validity_days is None
                                    else str(fields.validity_days))
        self.from_field.setText(_show_day(fields.active_from))
        self.until_field.setText(_show_day(fields.active_until))
        self.picture.choose(fields.image)
        self._set_tier(fields.min_tier)
        for lang, edit in self.name_fields.items():
            edit.setText(fields.translations.get(lang, {}).get("name", ""))
        self.active = fields.active
        self._set_stores(fields.stores)
        self.retranslate()

    def _show_cause(self, fields: CauseFields) -> None:
        self.name_field.setText(fields.name)
        self.description_field.setText(fields.description)
        for lang, edit in self.name_fields.items():
            edit.setText(fields.translations.get(lang, {}).get("name", ""))
        self.active = fields.active
        self._set_stores(fields.stores)
        self.retranslate()

    # --- editing --------------------------------------------------------------------------------

    def _new(self, quiet: bool = False) -> None:
        self.editing = None
        self.active = True
        for edit in (self.name_field, self.description_field, self.cost_field, self.stock_field,
                     self.validity_field, self.from_field, self.until_field,
                     *self.name_fields.values()):
            edit.clear()
        self.picture.choose("")
        self._set_tier("")
        self._set_stores(())
        if not quiet:
            self.items.clearSelection()
            self.name_field.setFocus()
        self.retranslate()

    def _set_tier(self, name: str) -> None:
        self.min_tier = name
        for other, choice in self.tier_buttons.items():
            choice.setChecked(other == name)

    def _translations(self) -> dict[str, dict[str, str]]:
        return {lang: {"name": edit.text().strip()}
                for lang, edit in self.name_fields.items() if edit.text().strip()}

    def _save(self) -> None:
        if self.kind == "causes":
            fields = CauseFields(self.name_field.text(), self.description_field.text(),
                                 self.active, self._translations(),
                                 tuple(sorted(self.chosen_stores)))
            if self.editing is None:
                self.run(catalogue.create_cause, fields, on_done=self._saved)
            else:
                self.run(catalogue.update_cause, self.editing, fields, on_done=self._saved)
            return
        try:
            reward = RewardFields(
                name=self.name_field.text(),
                cost=_number(self.cost_field.text()) or 0,
                description=self.description_field.text(),
                image=self.picture.path,
                min_tier=self.min_tier,
                stock=_number(self.stock_field.text()),
                validity_days=_number(self.validity_field.text()),
                active=self.active,
                active_from=parse_moment(self.from_field.text()),
                active_until=parse_moment(self.until_field.text(), end_of_day=True),
                translations=self._translations(),
                stores=tuple(sorted(self.chosen_stores)),
            )
        except ValueError:
            self.set_status(self.tr("Numbers are whole numbers; dates are DD.MM.YYYY."),
                            "warning")
            return
        if self.editing is None:
            self.run(catalogue.create_reward, reward, on_done=self._saved)
        else:
            self.run(catalogue.update_reward, self.editing, reward, on_done=self._saved)

    def _saved(self, _result: object) -> None:
        self.show_done(self.tr("Saved. It applies from now on; vouchers already issued keep "
                               "their points and dates."))
        self.load()

    def _toggle_active(self) -> None:
        if self.editing is None:
            self.active = not self.active
            self.retranslate()
            return
        action = catalogue.set_reward_active if self.kind == "rewards" \
            else catalogue.set_cause_active
        self.run(action, self.editing, not self.active, on_done=self._saved)

    # --- texts ----------------------------------------------------------------------------------

    def _stock(self, stock: int | None) -> str:
        return self.tr("unlimited") if stock is None else formats.number(self.desk, stock)

    def _state(self, active: bool, start: datetime | None, end: datetime | None) -> str:
        if not active:
            return self.tr("off")
        if start or end:
            return self.tr("on, %1 – %2").replace(
                "%1", formats.day(self.desk, start) if start else "…").replace(
                "%2", formats.day(self.desk, end) if end else "…")
        return self.tr("on")

    def _active_text(self) -> str:
        return self.tr("Switch off") if getattr(self, "active", True) else self.tr("Switch on")

    def _active_armed_text(self) -> str:
        return self.tr("Touch again to switch off") if getattr(self, "active", True) \
            else self.tr("Touch again to switch on")

    def nav_title(self) -> str:
        return self.tr("Catalogue")

    def retranslate(self) -> None:
        rewards = self.kind == "rewards"
        set_text(self.title, self.tr("Rewards and causes"))
        set_text(self.rewards_button, self.tr("Rewards"))
        set_text(self.causes_button, self.tr("Donation causes"))
        set_text(self.new_button, self.tr("New reward") if rewards else self.tr("New cause"))
        headers = ([self.tr("Reward"), self.tr("Points"), self.tr("Tier"), self.tr("Stock"),
                    self.tr("Offered")] if rewards
                   else [self.tr("Cause"), self.tr("Description"), self.tr("Offered")])
        self.items.setHorizontalHeaderLabels(headers)
        captions = {
            "name": self.tr("Name"), "description": self.tr("Description"),
            "cost": self.tr("Points"), "tier": self.tr("Minimum tier"),
            "stock": self.tr("Stock"), "validity": self.tr("Valid for (days)"),
            "from": self.tr("Offered from"), "until": self.tr("Offered until"),
            "image": self.tr("Picture"), "name_tr": self.tr("Name in Türkçe"),
            "name_ru": self.tr("Name in Русский"), "stores": self.tr("Shops"),
        }
        for key, caption in self.labels.items():
            caption.setText(captions[key])
        for key in ("cost", "tier", "stock", "validity", "from", "until", "image"):
            self.rows.setRowVisible(self.labels[key], rewards)
        for edit, key in ((self.name_field, "name"), (self.description_field, "description"),
                          (self.cost_field, "cost"), (self.stock_field, "stock"),
                          (self.validity_field, "validity"), (self.from_field, "from"),
                          (self.until_field, "until")):
            edit.setAccessibleName(captions[key])
        for lang, edit in self.name_fields.items():
            edit.setAccessibleName(captions[f"name_{lang}"])
        self.stock_field.setPlaceholderText(self.tr("empty: unlimited"))
        self.validity_field.setPlaceholderText(self.tr("empty: the programme's default"))
        self.from_field.setPlaceholderText(self.tr("DD.MM.YYYY, empty: now"))
        self.until_field.setPlaceholderText(self.tr("DD.MM.YYYY, empty: no end"))
        self.picture.setAccessibleName(captions["image"])
        self.picture.retranslate()
        set_text(self.tier_buttons[""], self.tr("Everyone"))
        set_text(self.all_shops_button, self.tr("All shops"))
        for name, choice in self.tier_buttons.items():
            if name:
                set_text(choice, name)
        if self.editing is None:
            title = self.tr("New reward") if rewards else self.tr("New cause")
        else:
            title = self.tr("Edit %1").replace("%1", self.name_field.text())
        set_text(self.editor_title, title)
        set_text(self.save_button, self.tr("Save"))
        self.active_button.refresh()

    def clear(self) -> None:
        super().clear()
        self.rewards, self.causes = [], []
        self.items.setRowCount(0)
        self.kind = "rewards"
        self._new(quiet=True)
