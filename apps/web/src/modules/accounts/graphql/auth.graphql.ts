import { graphql } from '../../../gql';

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ok
    }
  }
`);

export const requestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification($email: String!) {
    requestEmailVerification(email: $email) {
      ok
    }
  }
`);

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      ok
    }
  }
`);

export const logInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export const logOutMutation = graphql(`
  mutation LogOut {
    logOut {
      ok
    }
  }
`);

export const logOutEverywhereMutation = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere {
      ok
    }
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      ok
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ok
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
    }
  }
`);
