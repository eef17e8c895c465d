"""Invoices."""


def net_total(lines):
    return sum(line.amount for line in lines)


class Invoice:
    """an invoice with lines"""

    def add(self, line):
        """Adds a line"""
        self.lines.append(line)
