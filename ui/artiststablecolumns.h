#pragma once

class ArtistsTableModel;
class QTableView;

// Sizes the Artists table's columns for what they hold, in the user's font: the name stretches,
// the others are as wide as their widest plausible value or their header. Thread: GUI thread.
void fitArtistsTableColumns(QTableView *table, const ArtistsTableModel *model);
