"""A small part of matplotlib: enough of ``matplotlib.pyplot`` for tutorial code that plots a
loss curve or a scatter of data. Figures are drawn by the notebook page (see gradbook)."""
__version__ = "3.6.3+gradbook"
