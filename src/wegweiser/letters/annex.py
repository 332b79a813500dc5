"""The annex in the addressee's language: a short summary of the German letter.

Data, not translations of the catalogue: the letter itself is German and archived as such; the
annex tells the reader in their language what the letter is about and how to book.
Placeholders: {code}, {valid_until}, {hours}, {desk}.
"""

from __future__ import annotations

RTL = {"ar", "fa"}

ANNEX = {
    "en": {
        "title": "Summary in English",
        "body": [
            "We have looked at your file. You may be able to get a residence permit.",
            "We invite you to free counselling at our desk: {desk}.",
            "Your personal booking code: {code} (valid until {valid_until}).",
            "Book an appointment online with this code, or come without an appointment: {hours}.",
            "Please bring your passport, this letter and the documents listed in the letter.",
            "The German letter is the official one. This summary helps you to understand it.",
        ],
    },
    "ar": {
        "title": "ملخص باللغة العربية",
        "body": [
            "لقد راجعنا ملفك. قد يكون بإمكانك الحصول على تصريح إقامة.",
            "ندعوك إلى استشارة مجانية في مكتبنا: {desk}.",
            "رمز الحجز الشخصي الخاص بك: {code} (صالح حتى {valid_until}).",
            "احجز موعدًا عبر الإنترنت بهذا الرمز، أو تعال بدون موعد: {hours}.",
            "يرجى إحضار جواز سفرك وهذه الرسالة والمستندات المذكورة في الرسالة.",
            "الرسالة الألمانية هي الرسمية. هذا الملخص يساعدك على فهمها.",
        ],
    },
    "tr": {
        "title": "Türkçe özet",
        "body": [
            "Dosyanızı inceledik. Oturum izni alabilirsiniz.",
            "Sizi danışma masamızda ücretsiz danışmanlığa davet ediyoruz: {desk}.",
            "Kişisel randevu kodunuz: {code} ({valid_until} tarihine kadar geçerli).",
            "Bu kodla internetten randevu alın veya randevusuz gelin: {hours}.",
            "Lütfen pasaportunuzu, bu mektubu ve mektupta yazan belgeleri getirin.",
            "Resmi olan Almanca mektuptur. Bu özet, anlamanıza yardımcı olur.",
        ],
    },
    "uk": {
        "title": "Короткий зміст українською",
        "body": [
            "Ми переглянули вашу справу. Можливо, ви можете отримати дозвіл на проживання.",
            "Запрошуємо вас на безкоштовну консультацію: {desk}.",
            "Ваш особистий код бронювання: {code} (дійсний до {valid_until}).",
            "Забронюйте зустріч онлайн з цим кодом або приходьте без запису: {hours}.",
            "Будь ласка, візьміть паспорт, цей лист і документи, зазначені в листі.",
            "Офіційним є лист німецькою мовою. Цей короткий зміст допоможе вам його зрозуміти.",
        ],
    },
    "ru": {
        "title": "Краткое содержание на русском языке",
        "body": [
            "Мы проверили ваше дело. Возможно, вы можете получить вид на жительство.",
            "Приглашаем вас на бесплатную консультацию: {desk}.",
            "Ваш личный код для записи: {code} (действителен до {valid_until}).",
            "Запишитесь онлайн с этим кодом или приходите без записи: {hours}.",
            "Пожалуйста, возьмите паспорт, это письмо и документы, указанные в письме.",
            "Официальным является письмо на немецком языке. Это краткое содержание поможет его понять.",
        ],
    },
    "fa": {
        "title": "خلاصه به زبان فارسی",
        "body": [
            "ما پرونده شما را بررسی کردیم. شاید بتوانید اجازه اقامت بگیرید.",
            "شما را به مشاوره رایگان در دفتر مشاوره دعوت می‌کنیم: {desk}.",
            "کد رزرو شخصی شما: {code} (معتبر تا {valid_until}).",
            "با این کد به صورت آنلاین وقت بگیرید یا بدون وقت قبلی بیایید: {hours}.",
            "لطفاً گذرنامه، این نامه و مدارک ذکر شده در نامه را همراه بیاورید.",
            "نامه آلمانی نامه رسمی است. این خلاصه به شما کمک می‌کند آن را بفهمید.",
        ],
    },
}


def annex_for(language: str, **values: str) -> dict | None:
    """Title, paragraphs and writing direction for the language; None for German or unknown."""
    entry = ANNEX.get(language)
    if entry is None:
        return None
    return {"title": entry["title"], "lang": language,
            "dir": "rtl" if language in RTL else "ltr",
            "body": [line.format(**values) for line in entry["body"]]}
