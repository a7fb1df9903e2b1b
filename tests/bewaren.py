"""The worksheets' file dialog (assets/kern/bestand.js) as a user works it: save encrypted or
readable, open a file and type its password."""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata

from playwright.sync_api import Download, Locator, Page, expect

PASSWORD = "drie losse woorden"


def save_dialog(page: Page) -> Locator:
    """The open "Bewaar als bestand" dialog."""
    dialog = page.get_by_role("dialog", name="Bewaar als bestand")
    expect(dialog).to_be_visible()
    return dialog


def save_file(page: Page, button: str | Locator, password: str | None = None) -> Download:
    """Press a "Bewaar als bestand" button, choose encrypted (with `password`) or readable, save;
    the download."""
    (page.locator(button) if isinstance(button, str) else button).click()
    dialog = save_dialog(page)
    if password is None:
        dialog.get_by_label("Zonder wachtwoord (leesbaar bestand)").check()
    else:
        dialog.get_by_label("Wachtwoord", exact=True).fill(password)
        dialog.get_by_label("Typ het wachtwoord nog een keer").fill(password)
    with page.expect_download() as info:
        dialog.get_by_role("button", name="Bewaar").click()
    expect(dialog).to_have_count(0)
    return info.value


def password_dialog(page: Page) -> Locator:
    """The open dialog that asks an encrypted file's password."""
    dialog = page.get_by_role("dialog", name="Versleuteld bestand openen")
    expect(dialog).to_be_visible()
    return dialog


def type_password(page: Page, password: str) -> Locator:
    """Type a password in the open password dialog and press "Openen"; the dialog."""
    dialog = password_dialog(page)
    dialog.get_by_label("Wachtwoord").fill(password)
    dialog.get_by_role("button", name="Openen").click()
    return dialog


def envelope(text: str) -> dict:
    """An encrypted file's fields, salt, IV and ciphertext decoded to bytes."""
    data = json.loads(text)
    for name, parts in (("zout", data["kdf"]), ("iv", data), ("gegevens", data)):
        parts[name] = base64.b64decode(parts[name], validate=True)
    return data


def key_from_password(data: dict, password: str) -> bytes:
    """The AES key of an encrypted file, derived with Python's own PBKDF2 (hashlib, OpenSSL)."""
    kdf = data["kdf"]
    assert kdf["naam"] == "PBKDF2" and kdf["hash"] == "SHA-256"
    return hashlib.pbkdf2_hmac(
        "sha256", unicodedata.normalize("NFC", password).encode(), kdf["zout"], kdf["iteraties"], 32
    )


# Plain AES-256-GCM with a raw key (no PBKDF2, none of the site's code): standard Web Crypto.
DECRYPT = """async ([key, iv, data]) => {
    const raw = s => Uint8Array.from(atob(s), c => c.charCodeAt(0));
    const k = await crypto.subtle.importKey("raw", raw(key), "AES-GCM", false, ["decrypt"]);
    return new TextDecoder().decode(await crypto.subtle.decrypt({name: "AES-GCM", iv: raw(iv)}, k, raw(data)));
}"""


def decrypt(page: Page, data: dict, key: bytes) -> str:
    """Decrypt an encrypted file's ciphertext (with its 16-byte tag at the end) with a raw key."""
    args = [base64.b64encode(x).decode() for x in (key, data["iv"], data["gegevens"])]
    return page.evaluate(DECRYPT, args)
