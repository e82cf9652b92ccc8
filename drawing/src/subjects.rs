//! The table of subjects: each is a [`Recipe`], data in its group's file.
//! The matches are exhaustive, so a new subject in the lesson model is a
//! compile error here until it has a recipe.

mod animals;
mod backdrops;
mod buildings;
pub(crate) mod figures;
mod people;
mod places;
mod things;
mod words;

use lesson::Subject;

use crate::recipe::Recipe;

pub(crate) fn recipe(subject: Subject) -> &'static Recipe {
    match subject {
        Subject::Animal(s) => animals::recipe(s),
        Subject::People(s) => people::recipe(s),
        Subject::Building(s) => buildings::recipe(s),
        Subject::Place(s) => places::recipe(s),
        Subject::Thing(s) => things::recipe(s),
        Subject::Words(s) => words::recipe(s),
    }
}
