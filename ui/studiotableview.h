#pragma once

class QTableView;

// The look and behaviour every list table of the studio shares: whole-row selection, sortable,
// alternating rows without a grid, fixed row height, no row numbers, movable interactive
// columns. Panes add their selection mode, sort column and column sizes.
// Thread: GUI.
void applyStudioTableStyle(QTableView *table);
