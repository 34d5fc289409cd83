"""The offer-letter reader's parts: sentences, money, dates, titles, places and equity.

The reading itself, which weighs what the parts find, is `jobdesk.domain.offer_terms`.
"""
